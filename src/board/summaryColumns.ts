/**
 * The summary table's columns, their headings, and which words (src/narrative/board/summaryWords.ts)
 * each cell prints. The Markdown table prints these words; the HTML table prints the same words
 * beside its icons and sparklines.
 */
import {
  assuranceWords,
  NOT_AVAILABLE,
  sparklineText,
  valueWords,
  variationWords,
} from '../narrative/board/summaryWords.js';
import type { BoardColumns, BoardRow } from './model.js';

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
  | 'baseline'
  | 'national'
  | 'sparkline'
  | 'questions';

export interface SummaryColumn {
  readonly key: ColumnKey;
  readonly heading: string;
  /** A second line: the period a value column shows, or how to read it. Printed under (HTML) or after (Markdown) the heading. */
  readonly sub?: string;
  readonly numeric: boolean;
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

/** Every cell but the measure's name, in words. */
export function cellWords(row: BoardRow, key: Exclude<ColumnKey, 'measure'>): string {
  switch (key) {
    case 'latest':
    case 'previous':
    case 'yearEarlier':
    case 'threeYearAverage':
    case 'target':
    case 'peerRank':
    case 'baseline':
    case 'national':
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
