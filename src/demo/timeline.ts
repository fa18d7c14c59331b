/**
 * The time frame of one demo generation, worked out once from `endMonth`: the months generated, the
 * police.uk windows, the financial quarters the Home Office tables cover, and per-day lookup tables
 * (ISO date, month, quarter) so the hot loops do no date formatting.
 */
import {
  addMonths,
  financialQuarterOf,
  financialYearLabel,
  financialYearOf,
  type Month,
  monthRange,
  type QuarterNumber,
} from '../stats/calendar.js';
import { daysInMonth, firstDayOfMonth, isoDate, quarterKey } from './days.js';
import { DEMO_START } from './volumeModel.js';

/** Months of police.uk data in the archive for the force (as published) and for each peer. */
export const POLICE_UK_FORCE_MONTHS = 36;
export const POLICE_UK_PEER_MONTHS = 13;

export interface QuarterInfo {
  readonly financialYear: string;
  readonly quarter: QuarterNumber;
}

export interface Timeline {
  readonly endMonth: Month;
  readonly months: readonly Month[];
  readonly firstDay: number;
  /** Last day of endMonth: nothing after it has happened yet. */
  readonly cutoffDay: number;
  readonly forceWindowStart: Month;
  readonly peerWindowStart: Month;
  /** The Home Office tables' quarters: Q1 2019/20 to the last quarter complete by endMonth. */
  readonly quarters: readonly QuarterInfo[];
  readonly firstQuarterKey: number;
  /** Last day of the last covered quarter: the tables are 'as at' this day. */
  readonly snapshotDay: number;
  readonly lastQuarterMonth: Month;
  /** Indexed by day - firstDay, for days up to cutoffDay. */
  readonly isoDates: readonly string[];
  readonly monthOfDay: readonly Month[];
  /** Quarter index into `quarters`, or -1 beyond the last covered quarter. */
  readonly quarterOfDay: Int16Array;
  /** The force extract's folder date: the 5th of the month after endMonth. */
  readonly extractDate: string;
}

export function buildTimeline(endMonth: Month): Timeline {
  const months = monthRange(DEMO_START, endMonth);
  const firstDay = firstDayOfMonth(DEMO_START);
  const cutoffDay = firstDayOfMonth(endMonth) + daysInMonth(endMonth) - 1;
  // The last month that ends a financial quarter: June, September, December or March.
  let lastQuarterMonth = endMonth;
  while (![3, 6, 9, 12].includes(Number(lastQuarterMonth.slice(5))))
    lastQuarterMonth = addMonths(lastQuarterMonth, -1);
  const quarters: QuarterInfo[] = [];
  for (let month = DEMO_START; month <= lastQuarterMonth; month = addMonths(month, 3))
    quarters.push({
      financialYear: financialYearLabel(financialYearOf(month)),
      quarter: financialQuarterOf(month),
    });
  const firstQuarterKey = quarterKey(DEMO_START);
  const lastQuarterKey = quarterKey(lastQuarterMonth);
  const isoDates: string[] = [];
  const monthOfDay: Month[] = [];
  const quarterOfDay = new Int16Array(cutoffDay - firstDay + 1);
  for (const month of months) {
    const first = firstDayOfMonth(month);
    const key = quarterKey(month);
    for (let d = 0; d < daysInMonth(month); d++) {
      isoDates.push(isoDate(first + d));
      monthOfDay.push(month);
      quarterOfDay[first + d - firstDay] = key <= lastQuarterKey ? key - firstQuarterKey : -1;
    }
  }
  return {
    endMonth,
    months,
    firstDay,
    cutoffDay,
    forceWindowStart: addMonths(endMonth, 1 - POLICE_UK_FORCE_MONTHS),
    peerWindowStart: addMonths(endMonth, 1 - POLICE_UK_PEER_MONTHS),
    quarters,
    firstQuarterKey,
    snapshotDay: firstDayOfMonth(lastQuarterMonth) + daysInMonth(lastQuarterMonth) - 1,
    lastQuarterMonth,
    isoDates,
    monthOfDay,
    quarterOfDay,
    extractDate: `${addMonths(endMonth, 1)}-05`,
  };
}
