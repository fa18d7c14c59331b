/**
 * One measure's JSON for one force and period, from its fetched series: the status when there is
 * nothing to compute (external, not applicable, source not loaded, period not covered), otherwise
 * the figures, the monthly series for charts and the provenance.
 */
import { definitionSha256 } from '../catalogue/measures/definitionHash.js';
import type { Fallback, Measure } from '../catalogue/measures/schema.js';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import { monthPeriod, type Period, samePeriodYearEarlier } from '../stats/calendar.js';
import { periodVolume } from '../stats/change.js';
import { rollingRate } from '../stats/rolling.js';
import type { MonthlySeries } from '../stats/series.js';
import { type ThreeYearAverageDefinition, threeYearAverage } from '../stats/threeYearAverage.js';
import type { MeasureSeries } from './fetchSeries.js';
import { type CoreFigures, countFigures, volumeFigure } from './figures/countFigures.js';
import { extraFigures, type PeerValues } from './figures/extraFigures.js';
import { quarterlyFigures } from './figures/quarterlyFigures.js';
import { rateFigures } from './figures/rateFigures.js';
import { spcFigure } from './figures/spcFigure.js';
import { targetFigure } from './figures/targetFigure.js';
import { verdictFigure } from './figures/verdictFigure.js';
import { periodStatus } from './periodStatus.js';
import type { ProvenanceEntry } from './provenance.js';
import { fedByJson } from './publishedSource.js';
import type { MeasureFigures, MeasureJson, SeriesPoint, SpcPointJson } from './result.js';
import { type MeasureSettings, rateBasisText } from './settings.js';
import { notLoadedWords } from './statusWords.js';

export interface AssembleInput {
  readonly measure: Measure;
  readonly forceSlug: string;
  readonly period: Period;
  readonly settings: MeasureSettings;
  /** The force's series; undefined when its source holds nothing for the force. */
  readonly series: MeasureSeries | undefined;
  /** Datasets the measure reads (for the message when none is loaded). */
  readonly datasets: readonly string[];
  readonly peers: PeerValues | undefined;
  readonly provenance: readonly ProvenanceEntry[];
  readonly problems: Problem[];
  /** The catalogue fallback feeding the measure, and the own source it stands in for. */
  readonly fallback?: { readonly entry: Fallback; readonly insteadOf: string };
}

export function describeMeasure(measure: Measure) {
  return {
    id: measure.id,
    title: measure.title,
    priority: measure.priority,
    kind: measure.kind,
    source: measure.source,
    statistic: measure.statistic,
    direction: measure.direction,
    unit: measure.unit,
    classification: measure.classification,
    public: measure.classification === 'OFFICIAL',
    applicability: measure.applicability,
    dataNote: measure.data_note,
    ...(measure.external_reason ? { externalReason: measure.external_reason } : {}),
    definitionSha256: definitionSha256(measure),
  };
}

export function assembleMeasure(input: AssembleInput): MeasureJson {
  const { measure, period, settings, series } = input;
  const head = describeMeasure(measure);
  if (measure.applicability.status === 'not_applicable')
    return { ...head, status: 'not_applicable', statusText: measure.applicability.reason, provenance: [] };
  if (measure.statistic === 'external')
    return { ...head, status: 'external', statusText: measure.external_reason ?? '', provenance: [] };
  if (!series || series.value.size + (series.denominator?.size ?? 0) === 0) {
    const problem = messages.measures.sourceNotLoaded(
      measure.id,
      input.datasets.join(' and '),
      input.forceSlug,
    );
    input.problems.push(problem);
    return {
      ...head,
      status: 'source_not_loaded',
      statusText: notLoadedWords(input.datasets),
      provenance: [],
    };
  }
  const isRate = measure.statistic === 'outcome_rate' || measure.statistic === 'satisfaction_rate';
  const rollingMonths =
    measure.statistic === 'satisfaction_rate'
      ? settings.satisfactionRollingMonths
      : settings.outcomeRollingMonths;
  // Monthly counts carry each month's 3-year average for their charts; rates and quarterly tables
  // are drawn without one.
  const countAverage = isRate || series.frequency !== 'month' ? undefined : settings.threeYearAverage;
  const rateDefinition = !isRate
    ? undefined
    : measure.statistic === 'outcome_rate'
      ? {
          actionTaken: settings.outcomes.actionTaken,
          rateBasis: settings.outcomes.rateBasis,
          rateBasisText: rateBasisText(settings.outcomes.rateBasis),
          rollingMonths,
        }
      : { rateBasisText: 'satisfied responses divided by all responses', rollingMonths };
  const fedBy = input.fallback
    ? fedByJson(input.fallback.entry, input.fallback.insteadOf, input.provenance, [...series.value.keys()])
    : undefined;
  const base = {
    ...head,
    frequency: series.frequency,
    ...(fedBy ? { fedBy } : {}),
    ...(rateDefinition ? { rateDefinition } : {}),
    provenance: input.provenance,
  };

  const coverage = periodStatus(measure, series, period, input.problems);
  if (coverage)
    return {
      ...base,
      status: 'period_not_covered',
      statusText: coverage,
      series: seriesPoints(series, rollingMonths, new Map(), countAverage),
    };

  const ok = (figures: MeasureFigures, pointTypes: ReadonlyMap<string, SpcPointJson>): MeasureJson => ({
    ...base,
    status: 'ok',
    figures,
    verdict: verdictFigure(figures, measure.direction, period.last, settings.smallNumbersBelow),
    series: seriesPoints(series, rollingMonths, pointTypes, countAverage),
  });
  if (series.frequency === 'quarter')
    return ok(quarterlyFigures(measure, series, period, settings, input.peers), new Map());
  const core: CoreFigures = isRate
    ? rateFigures(
        series.numerator!,
        series.denominator!,
        period,
        rollingMonths,
        measure.statistic === 'outcome_rate' ? 'outcome' : 'satisfaction',
      )
    : countFigures(series.value, period, settings);
  const target = targetFigure(measure, core, settings);
  const monthly = [...series.value]
    .filter(([month]) => month <= period.last)
    .map(([month, value]) => ({ month, value }));
  const spc = spcFigure(
    monthly,
    measure.direction,
    target.status === 'ok' ? target.target : undefined,
    settings,
    measure.id,
  );
  const extras = extraFigures(measure, series, period, settings, input.peers);
  const figures: MeasureFigures = {
    ...core,
    spc: spc.figure,
    target,
    ...extras,
    ...(series.excludingExceptional
      ? { excludingExceptional: excluding(series.excludingExceptional, period) }
      : {}),
  };
  return ok(figures, spc.pointTypes);
}

function excluding(series: MonthlySeries, period: Period): MeasureFigures['excludingExceptional'] {
  return {
    status: 'ok',
    current: volumeFigure(periodVolume(series, period)),
    yearEarlier: volumeFigure(periodVolume(series, samePeriodYearEarlier(period))),
  };
}

/**
 * The series for charts: each month's value, rolling rate and SPC point, and for monthly counts the
 * month's 3-year average (by the workspace's definition), so no chart computes one.
 */
function seriesPoints(
  series: MeasureSeries,
  rollingMonths: number,
  spc: ReadonlyMap<string, SpcPointJson>,
  averageBy: ThreeYearAverageDefinition | undefined,
): SeriesPoint[] {
  const months = [...new Set([...series.value.keys(), ...(series.denominator?.keys() ?? [])])].sort();
  return months.map((month) => {
    const rolling =
      series.numerator && series.denominator
        ? rollingRate(series.numerator, series.denominator, month, rollingMonths)
        : undefined;
    const point = spc.get(month);
    const average =
      averageBy === undefined || !series.value.has(month)
        ? undefined
        : threeYearAverage(series.value, monthPeriod(month), averageBy);
    return {
      month,
      value: series.value.get(month) ?? null,
      ...(series.numerator ? { numerator: series.numerator.get(month) ?? 0 } : {}),
      ...(series.denominator ? { denominator: series.denominator.get(month) ?? 0 } : {}),
      ...(series.excludingExceptional
        ? { valueExcludingExceptional: series.excludingExceptional.get(month) ?? 0 }
        : {}),
      ...(rolling
        ? { rolling: rolling.status === 'complete' && rolling.rate !== null ? 100 * rolling.rate : null }
        : {}),
      ...(point ? { spc: point } : {}),
      ...(average?.status === 'complete' ? { threeYearAverage: average.value } : {}),
    };
  });
}
