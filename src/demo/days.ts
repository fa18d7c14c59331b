/**
 * Day arithmetic for the generator: a day is a whole number of days since 1970-01-01, computed
 * with Date.UTC so that neither the machine's time zone nor the clock enters. Months and financial
 * quarters come from stats/calendar.
 */
import { financialQuarterOf, financialYearOf, type Month, monthParts } from '../stats/calendar.js';

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, monthNumber: number, day: number): number {
  return Date.UTC(year, monthNumber - 1, day) / MS_PER_DAY;
}

export function firstDayOfMonth(month: Month): number {
  const { year, monthNumber } = monthParts(month);
  return dayOf(year, monthNumber, 1);
}

export function daysInMonth(month: Month): number {
  const { year, monthNumber } = monthParts(month);
  return dayOf(year, monthNumber + 1, 1) - dayOf(year, monthNumber, 1);
}

/** 'YYYY-MM-DD'. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** A financial quarter as one integer, so tables can be indexed by it: startYear * 4 + quarter - 1. */
export function quarterKey(month: Month): number {
  return financialYearOf(month) * 4 + financialQuarterOf(month) - 1;
}

/**
 * Minutes London is ahead of UTC at a UTC instant: 60 in British Summer Time (from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October), else 0.
 */
export function londonOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const lastSunday = (monthNumber: number): number => {
    const last = dayOf(year, monthNumber + 1, 1) - 1;
    return last - weekday(last);
  };
  const start = lastSunday(3) * MS_PER_DAY + 3_600_000;
  const end = lastSunday(10) * MS_PER_DAY + 3_600_000;
  return utcMs >= start && utcMs < end ? 60 : 0;
}

export { MS_PER_DAY };
