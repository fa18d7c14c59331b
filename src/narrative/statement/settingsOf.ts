/** The few settings of the measures result the statement reads. */
import type { MeasuresResult } from '../../measures/result.js';
import { DEFAULT_STYLE, type NumberStyle } from '../../stats/numberStyle.js';
import type { ThreeYearAverageDefinition } from '../../stats/threeYearAverage.js';

export interface StatementSettings {
  readonly threeYearAverage: ThreeYearAverageDefinition;
  readonly significanceLevel: number;
  /** Fewer than this in either compared period: counts, never a percentage. */
  readonly smallNumbersBelow: number;
  readonly outcomeRollingMonths: number;
  readonly satisfactionRollingMonths: number;
  readonly actionTaken: readonly number[];
  readonly rateBasisText: string;
  readonly threeYearAverageInLine: string;
  readonly inLineWithForecast: string;
  readonly significanceTest: string;
  readonly peerRank: string;
  /** How changes and volumes are written (a result without it was written in the house style). */
  readonly style: NumberStyle;
  readonly spc: {
    readonly baselinePoints: number | null;
    readonly windowMonths?: number | null;
    readonly shiftPoints: number;
    readonly trendPoints: number;
    readonly screenOutliers: boolean;
  };
  /** The NCPM baseline 12 months: '12 months to June 2019' (results from before it: the Home Office's). */
  readonly baselineLabel: string;
}

export function settingsOf(result: MeasuresResult): StatementSettings {
  const s = result.settings;
  return {
    threeYearAverage: s.threeYearAverage,
    significanceLevel: s.significanceLevel,
    smallNumbersBelow: s.smallNumbersBelow ?? 10,
    outcomeRollingMonths: s.outcomeRollingMonths,
    satisfactionRollingMonths: s.satisfactionRollingMonths,
    actionTaken: s.actionTaken,
    rateBasisText: s.rateBasisText,
    threeYearAverageInLine: s.threeYearAverageInLine,
    inLineWithForecast: s.inLineWithForecast,
    significanceTest: s.significanceTest,
    peerRank: s.peerRank,
    style: s.style ?? DEFAULT_STYLE,
    spc: s.spc,
    baselineLabel: s.baseline?.label ?? '12 months to June 2019',
  };
}
