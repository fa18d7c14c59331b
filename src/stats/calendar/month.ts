/**
 * Months as 'YYYY-MM' strings, the unit every series in Scrutiny is keyed by.
 *
 * A month is a plain string so that series survive JSON, DuckDB and Map keys unchanged, and so that
 * string order is month order. Arithmetic goes through a month index (year × 12 + month − 1), which
 * has no time zone and no clock: a month is a calendar label, not an instant (see londonMonth.ts for
 * turning an instant into a month).
 */

/** A calendar month written 'YYYY-MM', e.g. '2024-03'. */
export type Month = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True when `text` is a month written exactly 'YYYY-MM' (month 01 to 12). */
export function isMonth(text: string): text is Month {
  return MONTH_PATTERN.test(text);
}

/** A programmer's error, not a user's: user input is checked by parsePeriod before it gets here. */
function assertMonth(month: Month): void {
  if (!isMonth(month)) throw new RangeError(`not a month 'YYYY-MM': ${JSON.stringify(month)}`);
}

/** Year and month number (1 = January). Throws RangeError if `month` is not 'YYYY-MM'. */
export function monthParts(month: Month): { readonly year: number; readonly monthNumber: number } {
  assertMonth(month);
  return { year: Number(month.slice(0, 4)), monthNumber: Number(month.slice(5, 7)) };
}

/** The month for a year and month number (1 = January). */
export function makeMonth(year: number, monthNumber: number): Month {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year out of range: ${year}`);
  if (!Number.isInteger(monthNumber) || monthNumber < 1 || monthNumber > 12) {
    throw new RangeError(`month number out of range: ${monthNumber}`);
  }
  return `${year}-${String(monthNumber).padStart(2, '0')}`;
}

/** Months since January of year 0: consecutive months have consecutive indexes. */
export function monthIndex(month: Month): number {
  const { year, monthNumber } = monthParts(month);
  return year * 12 + monthNumber - 1;
}

/** The month with the given index (inverse of monthIndex). */
export function monthFromIndex(index: number): Month {
  return makeMonth(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

/** `month` moved by `count` months (negative to go back): addMonths('2024-01', -1) is '2023-12'. */
export function addMonths(month: Month, count: number): Month {
  if (!Number.isInteger(count)) throw new RangeError(`a whole number of months is needed, got ${count}`);
  return monthFromIndex(monthIndex(month) + count);
}

/** How many months `to` is after `from` (negative when before): monthsBetween('2023-12', '2024-03') is 3. */
export function monthsBetween(from: Month, to: Month): number {
  return monthIndex(to) - monthIndex(from);
}

/** Every month from `first` to `last`, both included; empty when `last` is before `first`. */
export function monthRange(first: Month, last: Month): Month[] {
  const start = monthIndex(first);
  const end = monthIndex(last);
  const months: Month[] = [];
  for (let index = start; index <= end; index++) months.push(monthFromIndex(index));
  return months;
}

/** Sort order for months (string order is month order for 'YYYY-MM'). */
export function compareMonths(a: Month, b: Month): number {
  return monthIndex(a) - monthIndex(b);
}

/** 'March 2024' for '2024-03', as the reference report writes months. */
export function monthName(month: Month): string {
  const { year, monthNumber } = monthParts(month);
  return `${MONTH_NAMES[monthNumber - 1]} ${year}`;
}
