/**
 * The board's summary table in words: a column's heading in one line, a value with its note, the
 * Making Data Count icons' meanings and a sparkline's text alternative. The Markdown table prints
 * these words; the HTML table prints the same words beside its icons and sparklines, so every
 * format says the same thing and no reader depends on a picture or a colour.
 */
import { formatCount, formatNumber, formatPercent, monthShort } from '../../document/format.js';
import {
  ASSURANCE_WORDS,
  type AssuranceIcon,
  VARIATION_WORDS,
  type VariationIcon,
} from '../sentences/mdcWords.js';

export const NOT_AVAILABLE = 'n/a';

/** 'Previous month (February 2024)': the heading in one line of words. */
export function headingWords(column: { readonly heading: string; readonly sub?: string }): string {
  return column.sub === undefined ? column.heading : `${column.heading} (${column.sub})`;
}

/** '3.2% (1 of 31)', '37', or 'n/a'. */
export function valueWords(value: { readonly text?: string; readonly note?: string }): string {
  if (value.text === undefined) return NOT_AVAILABLE;
  return value.note === undefined ? value.text : `${value.text} (${value.note})`;
}

export function variationWords(row: { readonly variation?: VariationIcon }): string {
  return row.variation ? VARIATION_WORDS[row.variation].short : NOT_AVAILABLE;
}

/** The assurance icon's meaning, or why there is none ('No target'). */
export function assuranceWords(row: {
  readonly assurance?: AssuranceIcon;
  readonly assuranceAbsent: string;
}): string {
  return row.assurance ? ASSURANCE_WORDS[row.assurance].short : row.assuranceAbsent;
}

function formatValue(value: number, unit: 'count' | 'percent'): string {
  if (unit === 'percent') return formatPercent(value);
  return Number.isInteger(value) ? formatCount(value) : formatNumber(value, 1);
}

interface MonthValue {
  readonly month: string;
  readonly value: number;
}

/**
 * A sparkline's text alternative, naming the span, the lowest and highest months and the latest
 * value, so a screen-reader user gets what a glance gives:
 * 'Monthly values, Mar 2022 to Mar 2024: lowest 20 (Jan 2023), highest 41 (Aug 2023), latest 37.'
 */
export function sparklineText(points: readonly MonthValue[], unit: 'count' | 'percent'): string {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return 'No monthly values.';
  // The first month holding the extreme, so the text is the same however ties are ordered.
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  const f = (p: MonthValue) => `${formatValue(p.value, unit)} (${monthShort(p.month)})`;
  return (
    `Monthly values, ${monthShort(first.month)} to ${monthShort(last.month)}: ` +
    `lowest ${f(low)}, highest ${f(high)}, latest ${formatValue(last.value, unit)}.`
  );
}
