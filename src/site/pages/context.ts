/**
 * What every page function is given: the model, the chart drawer, and what several pages derive
 * from the model once (the settings read from the measures result, the questions per measure, the
 * measures with district pages).
 */
import type { Priority } from '../../catalogue/measures/schema.js';
import type { QuestionFacts } from '../../governance/index.js';
import type { MeasureJson } from '../../measures/result.js';
import type { ThreeYearAverageDefinition } from '../../stats/threeYearAverage.js';
import type { ChartCache } from '../charts/chartCache.js';
import type { SiteModel } from '../model.js';

export interface SiteContext {
  readonly model: SiteModel;
  readonly charts: ChartCache;
  readonly threeYearAverage: ThreeYearAverageDefinition;
  readonly alpha: number;
  /** Measures that have district pages: those the model holds district figures for. */
  readonly districtMeasures: readonly MeasureJson[];
  readonly questionsByMeasure: ReadonlyMap<string, readonly QuestionFacts[]>;
  /** The priorities that have at least one public measure, in statement order. */
  readonly priorities: readonly Priority[];
  /** The NCPM baseline 12 months, '12 months to June 2019', and the small-numbers setting. */
  readonly baselineLabel: string;
  readonly smallNumbersBelow: number;
}

export function siteContext(model: SiteModel, charts: ChartCache): SiteContext {
  const settings = model.result.settings;
  const byMeasure = new Map<string, QuestionFacts[]>();
  for (const q of model.governance.questions)
    for (const id of q.measures) byMeasure.set(id, [...(byMeasure.get(id) ?? []), q]);
  const priorities = [...new Set(model.result.measures.map((m) => m.priority as Priority))];
  return {
    model,
    charts,
    threeYearAverage: settings.threeYearAverage,
    alpha: settings.significanceLevel,
    districtMeasures: model.result.measures.filter((m) => model.districtFigures.has(m.id)),
    questionsByMeasure: byMeasure,
    priorities,
    baselineLabel: settings.baseline?.label ?? '12 months to June 2019',
    smallNumbersBelow: settings.smallNumbersBelow ?? 10,
  };
}
