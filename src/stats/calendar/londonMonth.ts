/**
 * The month an instant falls in, on the clocks of England and Wales (Europe/London).
 *
 * police.uk stop-and-search dates are ISO 8601 instants with offsets: 2024-03-31T23:30:00Z is
 * 00:30 BST on 1 April, so the search belongs to April. The conversion uses Intl with an explicit
 * `timeZone: 'Europe/London'`, never the process time zone, so the answer does not depend on the
 * machine it runs on. A timestamp written WITHOUT an offset is taken to be London wall-clock time
 * already (that is how force systems export local times), so its month is its own date's month.
 */
import { type Month, makeMonth } from './month.js';

const LONDON_YEAR_MONTH = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
});

// Date, optional time (with optional seconds and fraction), optional offset: Z, ±hh, ±hhmm or ±hh:mm.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** The London month of an instant. Throws RangeError for an invalid Date (a programmer's error). */
export function londonMonthOfInstant(instant: Date): Month {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid Date');
  let year = 0;
  let monthNumber = 0;
  for (const part of LONDON_YEAR_MONTH.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    if (part.type === 'month') monthNumber = Number(part.value);
  }
  return makeMonth(year, monthNumber);
}

/**
 * The London month of an ISO 8601 timestamp ('2024-03-31T23:30:00+00:00', '2024-03-31T23:30:00Z',
 * '2024-03-31 23:30', '2024-03-31'); undefined when the text is not such a timestamp or names a
 * day that does not exist (the caller reports it with its file and line).
 */
export function londonMonthOfTimestamp(text: string): Month | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', offset] = match;
  const year = Number(y);
  const monthNumber = Number(mo);
  const day = Number(d);
  if (!isRealDay(year, monthNumber, day) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    return undefined;
  if (offset === undefined) return makeMonth(year, monthNumber);
  const offsetMinutes = readOffsetMinutes(offset);
  if (offsetMinutes === undefined) return undefined;
  const utc = Date.UTC(year, monthNumber - 1, day, Number(h), Number(mi), Number(s)) - offsetMinutes * 60_000;
  return londonMonthOfInstant(new Date(utc));
}

function isRealDay(year: number, monthNumber: number, day: number): boolean {
  if (monthNumber < 1 || monthNumber > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** 'Z' is 0; '+01', '+0100' and '+01:00' are 60; offsets beyond ±14:00 do not exist. */
function readOffsetMinutes(offset: string): number | undefined {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return sign * (hours * 60 + minutes);
}
