/**
 * The board pack from a measures result:
 *   1. keep the measures the classification allows (OFFICIAL-SENSITIVE only on a board marked so);
 *   2. a row for each measure with figures; measures without figures are listed with the reason;
 *   3. group the rows by NCPM priority, in the Government's order;
 *   4. within a priority, exceptions first (concern, failing assurance, neither, improvement, each
 *      in catalogue order), then the other rows in catalogue order; under --exceptions-only, the
 *      exceptions alone.
 * Open questions are attached to their measures when the workspace has governance records; the
 * figures restated since the last statement (the result's `restatements`, set by runBoard) are kept
 * for the measures the pack may show.
 */
import type { Classification } from '../document/model.js';
import type { CarriedQuestions } from '../governance/index.js';
import type { RestatementsJson } from '../measures/restatements.js';
import type { MeasureJson, MeasuresResult } from '../measures/result.js';
import { publishedSourceSentence } from '../narrative/sentences/publishedSource.js';
import { type Period, type PeriodKind, previousPeriod, samePeriodYearEarlier } from '../stats/calendar.js';
import { boardRow } from './boardRow.js';
import { exceptionRank } from './icons.js';
import type { BoardColumns, BoardGroup, BoardPack, BoardRow } from './model.js';
import { priorityRank, priorityTitle } from './priorities.js';
import { sparklineColumn } from './sparklineColumn.js';

export interface BoardOptions {
  readonly classification: Classification;
  readonly exceptionsOnly: boolean;
  /** 'Office of the Police and Crime Commissioner for Midshire'. */
  readonly organisation: string;
  /** Questions carried into the period; undefined when the workspace has no governance records. */
  readonly questions?: CarriedQuestions;
}

const SAME_LAST_YEAR: Record<PeriodKind, string> = {
  month: 'Same month last year',
  quarter: 'Same quarter last year',
  financial_year: 'Previous year',
  rolling_12: 'Same 12 months a year earlier',
  year_to_date: 'Same months last year',
  range: 'Same months last year',
};

const PREVIOUS: Record<PeriodKind, string> = {
  month: 'Previous month',
  quarter: 'Previous quarter',
  financial_year: 'Previous year',
  rolling_12: 'Previous 12 months',
  year_to_date: 'Months before',
  range: 'Months before',
};

function columnsOf(period: Period, rows: readonly BoardRow[]): BoardColumns {
  return {
    sparkline: sparklineColumn(rows),
    latest: { heading: 'Latest', period: period.label },
    previous: { heading: PREVIOUS[period.kind], period: previousPeriod(period).label },
    yearEarlier: { heading: SAME_LAST_YEAR[period.kind], period: samePeriodYearEarlier(period).label },
  };
}

/** Exceptions first, most pressing first; otherwise the catalogue's order (the index in the result). */
export function orderRows(rows: readonly BoardRow[], exceptionsOnly: boolean): BoardRow[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  const kept = exceptionsOnly ? indexed.filter(({ row }) => row.reasons.length > 0) : indexed;
  return kept
    .sort((a, b) => exceptionRank(a.row.reasons) - exceptionRank(b.row.reasons) || a.index - b.index)
    .map(({ row }) => row);
}

export function buildBoard(result: MeasuresResult, options: BoardOptions): BoardPack {
  const period: Period = result.period;
  const allowed = result.measures.filter(
    (m) => options.classification === 'OFFICIAL-SENSITIVE' || m.classification === 'OFFICIAL',
  );
  const openByMeasure = new Map<string, BoardRow['questions']>();
  if (options.questions) {
    const open = options.questions.questions.filter((q) => q.stillMonitored);
    for (const m of allowed)
      openByMeasure.set(
        m.id,
        open.filter((q) => q.measures.includes(m.id)),
      );
  }
  const rows = allowed
    .filter((m) => m.status === 'ok' && m.figures !== undefined)
    .map((m) => boardRow(m, period.last, openByMeasure.get(m.id)));
  const priorities = [...new Set(rows.map((r) => r.measure.priority))].sort(
    (a, b) => priorityRank(a) - priorityRank(b) || a.localeCompare(b),
  );
  const groups: BoardGroup[] = priorities
    .map((priority) => ({
      priority,
      title: priorityTitle(priority),
      rows: orderRows(
        rows.filter((r) => r.measure.priority === priority),
        options.exceptionsOnly,
      ),
    }))
    .filter((g) => g.rows.length > 0);
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  return {
    forceName: result.force.name,
    organisation: options.organisation,
    periodLabel: period.label,
    periodKind: period.kind,
    month: period.last,
    generatedAt: result.generatedAt,
    classification: options.classification,
    exceptionsOnly: options.exceptionsOnly,
    columns: columnsOf(
      period,
      groups.flatMap((g) => g.rows),
    ),
    hasQuestions: options.questions !== undefined,
    groups,
    unavailable: allowed
      .filter((m) => m.status !== 'ok' || m.figures === undefined)
      .map((m) => ({ title: m.title, reason: m.statusText ?? m.status.replace(/_/g, ' ') })),
    withheld: result.measures.length - allowed.length,
    ...(result.officers ? { officers: result.officers } : {}),
    ...(result.restatements ? { restated: restatedOf(result.restatements, allowed) } : {}),
    publishedSources: publishedSources(allowed.filter((m) => m.status === 'ok')),
    hiddenRows: rows.length - shown,
    ...(result.settings.style ? { style: result.settings.style } : {}),
  };
}

/** One entry per published table feeding measures, with the measures it feeds (boardDocument prints them). */
function publishedSources(measures: readonly MeasureJson[]): NonNullable<BoardPack['publishedSources']> {
  const byWords = new Map<string, string[]>();
  for (const m of measures)
    if (m.fedBy) {
      const words = publishedSourceSentence(m.fedBy);
      byWords.set(words, [...(byWords.get(words) ?? []), m.title]);
    }
  return [...byWords].map(([words, titles]) => ({ words, titles }));
}

/** The restatements of the measures the pack may show: an OFFICIAL pack names no sensitive measure. */
function restatedOf(restated: RestatementsJson, allowed: readonly MeasureJson[]): RestatementsJson {
  const ids = new Set(allowed.map((m) => m.id));
  return { ...restated, figures: restated.figures.filter((r) => ids.has(r.measureId)) };
}
