/** The few settings of the measures result the statement reads, with the defaults they default to. */
import type { MeasuresResult } from '../../measures/result.js';
import type { ThreeYearAverageDefinition } from '../../stats/threeYearAverage.js';

export interface StatementSettings {
  readonly threeYearAverage: ThreeYearAverageDefinition;
  readonly significanceLevel: number;
  readonly outcomeRollingMonths: number;
  readonly satisfactionRollingMonths: number;
  readonly actionTaken: readonly number[];
  readonly rateBasisText: string;
  readonly threeYearAverageInLine: string;
  readonly inLineWithForecast: string;
  readonly significanceTest: string;
  readonly peerRank: string;
  readonly spc: {
    readonly baselinePoints: number | null;
    readonly shiftPoints: number;
    readonly trendPoints: number;
    readonly screenOutliers: boolean;
  };
}

export function settingsOf(result: MeasuresResult): StatementSettings {
  const s = result.settings;
  const text = (key: string, fallback: string) =>
    typeof s[key] === 'string' ? (s[key] as string) : fallback;
  const num = (key: string, fallback: number) => (typeof s[key] === 'number' ? (s[key] as number) : fallback);
  const spc = (s.spc ?? {}) as Record<string, unknown>;
  return {
    threeYearAverage: s.threeYearAverage === 'previous_36_months' ? 'previous_36_months' : 'same_month',
    significanceLevel: num('significanceLevel', 0.05),
    outcomeRollingMonths: num('outcomeRollingMonths', 3),
    satisfactionRollingMonths: num('satisfactionRollingMonths', 6),
    actionTaken: Array.isArray(s.actionTaken) ? (s.actionTaken as number[]) : [],
    rateBasisText: text('rateBasisText', ''),
    threeYearAverageInLine: text('threeYearAverageInLine', ''),
    inLineWithForecast: text('inLineWithForecast', ''),
    significanceTest: text('significanceTest', ''),
    peerRank: text('peerRank', ''),
    spc: {
      baselinePoints: typeof spc.baselinePoints === 'number' ? spc.baselinePoints : null,
      shiftPoints: typeof spc.shiftPoints === 'number' ? spc.shiftPoints : 7,
      trendPoints: typeof spc.trendPoints === 'number' ? spc.trendPoints : 7,
      screenOutliers: spc.screenOutliers !== false,
    },
  };
}
