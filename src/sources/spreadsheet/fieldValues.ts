/**
 * Parsing the value types the tabular formats share. Each returns the parsed value or undefined (or a
 * reason), never throws, and accepts exactly what docs/formats.md says: no guessing at other formats.
 */

const MONTH = /^(\d{4})-(\d{2})$/;

/** 'YYYY-MM-DD' that is a real calendar day (no 2023-02-29), or undefined. */
export function parseIsoDate(text: string): string | undefined {
  // Character checks rather than a regex and a Date: this runs for every row of a 400,000-row file.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  return day <= daysInMonth(year, month) ? text : undefined;
}

const DASH = 45;
const ZERO = 48;

/** The number written by text[start..end) in decimal digits, or -1. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 'YYYY-MM' (month 01..12) as the month's first day 'YYYY-MM-01', or undefined. */
export function parseMonth(text: string): string | undefined {
  const match = MONTH.exec(text);
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${text}-01` : undefined;
}

/** The first day of a date's month. */
export function monthOf(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

export type CountResult = { readonly count: number } | { readonly error: 'negative' | 'not-a-count' };

/**
 * A whole number 0 or more, as text: '1234', or '1,234' with thousands grouped as a spreadsheet may
 * display it. Negative numbers are told apart so the message can say so.
 */
export function parseCount(text: string, max = Number.MAX_SAFE_INTEGER): CountResult {
  if (/^-\s*\d[\d,]*(\.\d+)?$/.test(text))
    return Number(text.replace(/[\s,]/g, '')) === 0 ? { count: 0 } : { error: 'negative' };
  const digits = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^\d+$/.test(digits)) return { error: 'not-a-count' };
  const count = Number(digits);
  return count <= max ? { count } : { error: 'not-a-count' };
}

/** A whole number that may be negative ('-45', '-00' is 0), with grouped thousands allowed. */
export function parseSignedCount(text: string): CountResult {
  const negative = /^-\s*/.exec(text);
  const parsed = parseCount(negative ? text.slice(negative[0].length) : text);
  if (!('count' in parsed)) return { error: 'not-a-count' };
  return { count: negative && parsed.count !== 0 ? -parsed.count : parsed.count };
}

/** The largest value of a DuckDB INTEGER column. */
export const MAX_INTEGER = 2_147_483_647;

/**
 * A financial year written '2023/24' (April 2023 to March 2024): the second part must be the year
 * after the first. Gives the starting calendar year.
 */
export function parseFinancialYear(text: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : undefined;
}

/** A financial quarter 1..4, written '1' or 'Q1' (any case). */
export function parseFinancialQuarter(text: string): 1 | 2 | 3 | 4 | undefined {
  const match = /^[Qq]?([1-4])$/.exec(text);
  return match ? (Number(match[1]) as 1 | 2 | 3 | 4) : undefined;
}

/** The first day of a financial quarter: Q1 of 2023/24 is 2023-04-01, Q4 is 2024-01-01. */
export function quarterStart(startYear: number, quarter: 1 | 2 | 3 | 4): string {
  const month = quarter === 4 ? 1 : quarter * 3 + 1;
  const year = quarter === 4 ? startYear + 1 : startYear;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}
