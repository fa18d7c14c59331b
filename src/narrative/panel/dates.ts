/**
 * Calendar days as the Panel report writes them: '21 March 2024', 'Thursday 21 March 2024'.
 * Days are 'YYYY-MM-DD' strings (Europe/London calendar days); the arithmetic is done in UTC so
 * the machine's zone and the clock changes cannot move a day.
 */
import { MONTH_NAMES } from '../../stats/calendar.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function utc(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
}

/** True for a real calendar day written YYYY-MM-DD (not 2024-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return utc(text).toISOString().slice(0, 10) === text;
}

/** '21 March 2024'. */
export function longDate(day: string): string {
  const d = utc(day);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** 'Thursday 21 March 2024', as the reference report names a Panel meeting. */
export function dateWithWeekday(day: string): string {
  return `${WEEKDAYS[utc(day).getUTCDay()]} ${longDate(day)}`;
}

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 'May 2024' for a day in May 2024. */
export function monthOfDay(day: string): string {
  const d = utc(day);
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
