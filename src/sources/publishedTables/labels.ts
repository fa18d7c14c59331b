/**
 * The text of a wide published table's cells as the ONS and the Home Office write them:
 * - footnote numbers stuck to words: 'ENGLAND AND WALES7,8', 'fraud4)', 'Stalking and harassment5',
 *   "Apr '17 to Mar '185, 6" (a two-digit year, then notes 5 and 6), '(mid-2016)4  rounded to 100';
 * - '[note 1]' markers, line breaks inside header cells, stray spaces ('Wiltshire ');
 * - counts with thousands commas and a trailing space ('39,348 '), and markers for no value:
 *   '[x]' unavailable, '..' not available, '-' not applicable, ':' and '*' not comparable.
 */

/** Footnote digits after a letter or ')' at the end of a word; a two-digit year keeps its two digits. */
const AFTER_WORD = /([A-Za-z)])\d+(?:\s*,\s*\d+)*(?=[\s)]|$)/g;
const AFTER_SHORT_YEAR = /('\d{2})\d+(?:\s*,\s*\d+)*(?=\s|$)/g;

export function cleanLabel(text: string): string {
  return text
    .replace(/\[note \d+\]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(AFTER_SHORT_YEAR, '$1')
    .replace(AFTER_WORD, '$1')
    .trim();
}

/** A label with no footnotes and no line breaks, but digits kept where they are the label ('2016'). */
export function cleanHeaderCell(text: string): string {
  const label = cleanLabel(text);
  return /^\d+$/.test(text.trim()) ? text.trim() : label;
}

export type CellValue = { readonly value: number } | { readonly marker: string } | undefined;

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
/** The ONS and Home Office symbols for a cell with no value (and CSEW significance arrows). */
const MARKER = /^(?:\[[a-z]\]|\.\.|-|:|~|\*|\*?\s*[↑↓]|n\/a)$/i;

/** A value cell: a number, a marker, or undefined for an empty cell or any other text. */
export function cellValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')) };
  return MARKER.test(trimmed) ? { marker: trimmed } : undefined;
}

/** Whether a cell holds a number (not a marker): what makes a row data rather than a heading. */
export function isNumberCell(text: string): boolean {
  return NUMBER.test(text.trim());
}
