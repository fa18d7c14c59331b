/** Dates as the statement prints them: '31 May 2021'. */
import { MONTH_NAMES } from '../../stats/calendar.js';

export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}`;
}
