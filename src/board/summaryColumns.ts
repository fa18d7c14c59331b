/**
 * The summary table's columns, their headings and each cell in words. The Markdown table prints
 * these words; the HTML table prints the same words beside its icons and sparklines, so every
 * format says the same thing and no reader depends on a picture or a colour.
 */
import { ASSURANCE_MEANINGS, VARIATION_MEANINGS } from '../report/charts/mdcIcons.js';
import type { BoardColumns, BoardRow, BoardValue } from './model.js';
import { sparklineText } from './sparkline.js';

export const NOT_AVAILABLE = 'n/a';

export type ColumnKey =
  | 'measure'
  | 'latest'
  | 'previous'
  | 'yearEarlier'
  | 'threeYearAverage'
  | 'target'
  | 'variation'
  | 'assurance'
  | 'verdict'
  | 'peerRank'
  | 'sparkline'
  | 'questions';

export interface SummaryColumn {
  readonly key: ColumnKey;
  readonly heading: string;
  /** A second line: the period a value column shows, or how to read it. Printed under (HTML) or after (Markdown) the heading. */
  readonly sub?: string;
  readonly numeric: boolean;
}

/** 'Previous month (February 2024)': the heading in one line of words. */
export function headingWords(column: SummaryColumn): string {
  return column.sub === undefined ? column.heading : `${column.heading} (${column.sub})`;
}

/** The columns in order; 'Open questions' only when the workspace has governance records. */
export function summaryColumns(columns: BoardColumns, hasQuestions: boolean): SummaryColumn[] {
  const list: SummaryColumn[] = [
    { key: 'measure', heading: 'Measure', numeric: false },
    { key: 'latest', heading: columns.latest.heading, sub: columns.latest.period, numeric: true },
    { key: 'previous', heading: columns.previous.heading, sub: columns.previous.period, numeric: true },
    {
      key: 'yearEarlier',
      heading: columns.yearEarlier.heading,
      sub: columns.yearEarlier.period,
      numeric: true,
    },
    { key: 'threeYearAverage', heading: '3-year average', numeric: true },
    { key: 'target', heading: 'Target', numeric: true },
    { key: 'variation', heading: 'Variation', numeric: false },
    { key: 'assurance', heading: 'Assurance', numeric: false },
    { key: 'verdict', heading: 'Verdict', numeric: false },
    { key: 'peerRank', heading: 'Peer rank', sub: 'among similar forces', numeric: true },
    { key: 'sparkline', heading: columns.sparkline.heading, sub: columns.sparkline.period, numeric: false },
  ];
  if (hasQuestions) list.push({ key: 'questions', heading: 'Open questions', numeric: true });
  return list;
}

/** '3.2% (1 of 31)', '37', or 'n/a'. */
export function valueWords(value: BoardValue): string {
  if (value.text === undefined) return NOT_AVAILABLE;
  return value.note === undefined ? value.text : `${value.text} (${value.note})`;
}

export function variationWords(row: BoardRow): string {
  return row.variation ? VARIATION_MEANINGS[row.variation].short : NOT_AVAILABLE;
}

export function assuranceWords(row: BoardRow): string {
  return row.assurance ? ASSURANCE_MEANINGS[row.assurance].short : row.assuranceAbsent;
}

/** Every cell but the measure's name, in words. */
export function cellWords(row: BoardRow, key: Exclude<ColumnKey, 'measure'>): string {
  switch (key) {
    case 'latest':
    case 'previous':
    case 'yearEarlier':
    case 'threeYearAverage':
    case 'target':
    case 'peerRank':
      return valueWords(row[key]);
    case 'variation':
      return variationWords(row);
    case 'assurance':
      return assuranceWords(row);
    case 'verdict':
      return row.measure.verdict?.label ?? NOT_AVAILABLE;
    case 'sparkline':
      return sparklineText(row.sparkline, row.unit);
    case 'questions':
      return String(row.questions?.length ?? 0);
  }
}
