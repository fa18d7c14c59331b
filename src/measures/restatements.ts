/**
 * Restated figures: what the previous statement printed (its figures.json) against what the data
 * say now, for the periods both cover. A figure for a past period changes when police.uk republishes
 * a month in a later archive, when a newer Home Office or ONS release (another file) replaces the
 * one used, when a newer force extract replaces a month, or when the catalogue's definition of the
 * measure changed. Each restatement keeps both figures and the reasons the provenance gives, so the
 * statement can say so in plain words: nothing is restated silently.
 *
 * Compared per measure shown in both: the previous statement's own period figure (its `current`),
 * recomputed from today's series; and every month of the series up to the previous period's end.
 */
import { addMonths } from '../stats/calendar.js';
import type { ProvenanceEntry } from './provenance.js';
import type {
  RestatedMonth,
  RestatementJson,
  RestatementReason,
  RestatementsJson,
  StatementPeriod,
} from './restatementTypes.js';
import type { MeasureJson, MeasuresResult, SeriesPoint } from './result.js';

export type * from './restatementTypes.js';

/** Below this two figures are the same number (sums of counts are exact; rates are divisions). */
const SAME = 1e-9;

export function compareWithPrevious(
  previous: MeasuresResult | undefined,
  current: MeasuresResult,
): RestatementsJson {
  if (!previous) return { comparedWith: null, figures: [] };
  const before = new Map(previous.measures.map((m) => [m.id, m] as const));
  const figures: RestatementJson[] = [];
  for (const now of current.measures) {
    const then = before.get(now.id);
    if (then?.status !== 'ok' || now.status !== 'ok') continue;
    const restated = compareMeasure(then, now, previous.period, current.force.slug);
    if (restated) figures.push(restated);
  }
  const { label, first, last } = previous.period;
  return { comparedWith: { period: { label, first, last }, generatedAt: previous.generatedAt }, figures };
}

function compareMeasure(
  then: MeasureJson,
  now: MeasureJson,
  period: StatementPeriod,
  force: string,
): RestatementJson | undefined {
  const last = period.last;
  const nowByMonth = new Map((now.series ?? []).map((p) => [p.month, p] as const));
  const months: RestatedMonth[] = [];
  for (const point of then.series ?? []) {
    if (point.month > last || point.value === null) continue;
    const value = nowByMonth.get(point.month)?.value;
    if (value !== null && value !== undefined && Math.abs(value - point.value) > SAME)
      months.push({ month: point.month, previous: point.value, now: value });
  }
  const printed = then.figures?.current;
  const previousValue = printed?.status === 'ok' ? printed.value : null;
  const nowValue = periodValue(now, period);
  const periodChanged =
    previousValue !== null && nowValue !== null && Math.abs(previousValue - nowValue) > SAME;
  if (months.length === 0 && !periodChanged) return undefined;
  return {
    measureId: now.id,
    title: now.title,
    kind: now.figures?.kind ?? 'count',
    period,
    previous: previousValue,
    now: nowValue,
    months,
    reasons: reasonsFor(then, now, months, force),
  };
}

/** The previous period's figure from today's series: a sum of counts, or numerators over denominators. */
function periodValue(measure: MeasureJson, period: StatementPeriod): number | null {
  const points = (measure.series ?? []).filter((p) => p.month >= period.first && p.month <= period.last);
  if (points.length === 0 || points.some((p) => p.value === null)) return null;
  if (measure.figures?.kind !== 'rate') return points.reduce((sum, p) => sum + (p.value ?? 0), 0);
  const numerator = sumOf(points, 'numerator');
  const denominator = sumOf(points, 'denominator');
  return numerator === null || denominator === null || denominator === 0
    ? null
    : (100 * numerator) / denominator;
}

function sumOf(points: readonly SeriesPoint[], field: 'numerator' | 'denominator'): number | null {
  let sum = 0;
  for (const point of points) {
    const value = point[field];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

/** Why the months changed: the files that supply them now against those that did, and the definition. */
function reasonsFor(
  then: MeasureJson,
  now: MeasureJson,
  months: readonly RestatedMonth[],
  force: string,
): RestatementReason[] {
  const reasons: RestatementReason[] = [];
  if (then.definitionSha256 && now.definitionSha256 && then.definitionSha256 !== now.definitionSha256)
    reasons.push({ kind: 'definition' });
  if (rateSettingsOf(then) !== rateSettingsOf(now)) reasons.push({ kind: 'rate_settings' });
  const grouped = new Map<string, { reason: RestatementReason; months: string[] }>();
  const unexplained: string[] = [];
  for (const { month } of months) {
    const changes = changedFiles(then.provenance, now.provenance, month, force, now.frequency);
    if (changes.length === 0) unexplained.push(month);
    for (const [old, fresh] of changes) {
      const reason = fileReason(old, fresh);
      const key = JSON.stringify(reason);
      const entry = grouped.get(key) ?? { reason, months: [] };
      entry.months.push(month);
      grouped.set(key, entry);
    }
  }
  for (const { reason, months: changed } of grouped.values())
    reasons.push({ ...reason, months: changed } as RestatementReason);
  if (unexplained.length > 0 && reasons.length === 0) reasons.push({ kind: 'unknown', months: unexplained });
  return reasons;
}

/** A rate's 'action taken' outcome types and basis (workspace settings), as one comparable text. */
function rateSettingsOf(measure: MeasureJson): string {
  const rate = measure.rateDefinition;
  return rate
    ? JSON.stringify([[...(rate.actionTaken ?? [])].sort((a, b) => a - b), rate.rateBasis ?? ''])
    : '';
}

/** Pairs of (file then, file now) of the force's datasets supplying the month, where the file differs. */
function changedFiles(
  then: readonly ProvenanceEntry[],
  now: readonly ProvenanceEntry[],
  month: string,
  force: string,
  frequency: MeasureJson['frequency'],
): [ProvenanceEntry | undefined, ProvenanceEntry][] {
  const supplies = (p: ProvenanceEntry) =>
    p.forceSlug === force &&
    p.first <= month &&
    month <= (frequency === 'quarter' ? addMonths(p.last, 2) : p.last);
  const before = then.filter(supplies);
  return now
    .filter(supplies)
    .filter((fresh) => !before.some((old) => old.sha256 === fresh.sha256))
    .map((fresh) => [before.find((old) => old.dataset === fresh.dataset), fresh]);
}

function fileReason(old: ProvenanceEntry | undefined, fresh: ProvenanceEntry): RestatementReason {
  if (fresh.dataset.startsWith('police_uk'))
    return {
      kind: 'archive',
      months: [],
      previousArchive: old?.archiveMonth ?? null,
      newArchive: fresh.archiveMonth,
    };
  if (fresh.dataset.startsWith('force_'))
    return {
      kind: 'extract',
      months: [],
      previousDate: old?.extractDate ?? null,
      newDate: fresh.extractDate,
    };
  return {
    kind: 'release',
    months: [],
    previousFile: fileName(old?.path ?? ''),
    newFile: fileName(fresh.path),
  };
}

/** The file's own name: provenance paths may be inside a zip ('archive.zip!2025-08/...csv'). */
function fileName(path: string): string {
  return path.split(/[/!\\]/).at(-1) ?? path;
}
