/** Date helpers for the demo records: weekdays of a month and quarter ends, from a month 'YYYY-MM'. */
import {
  addMonths,
  financialQuarterLabel,
  financialQuarterOf,
  financialYearOf,
  type Month,
  monthParts,
} from '../../stats/calendar.js';

import { isIsoDate } from '../periods.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' for a day of a month. */
export const dayIn = (month: Month, d: number): string => `${month}-${pad(d)}`;

/** The n-th given weekday (0 = Sunday) of a month, as 'YYYY-MM-DD'; UTC so the zone cannot interfere. */
export function nthWeekday(month: Month, weekday: number, n: number): string {
  const { year, monthNumber } = monthParts(month);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay();
  return dayIn(month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
}

/** Every Tuesday of the months given. */
export function tuesdays(months: readonly Month[]): string[] {
  return months.flatMap((month) =>
    [1, 2, 3, 4, 5].map((n) => nthWeekday(month, 2, n)).filter((d) => isIsoDate(d)),
  );
}

/** The last month of the latest financial quarter complete by the end of `month`. */
export function lastCompleteQuarterEnd(month: Month): Month {
  const { monthNumber } = monthParts(month);
  // Quarters end in March, June, September and December.
  return addMonths(month, -(monthNumber % 3));
}

export const quarterLabel = (month: Month): string =>
  financialQuarterLabel(financialYearOf(month), financialQuarterOf(month));
