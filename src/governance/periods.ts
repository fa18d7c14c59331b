/**
 * Dates and reporting periods as governance records write them. Dates are ISO 'YYYY-MM-DD' strings
 * (a calendar day in Europe/London: no instants, so no time-zone arithmetic is needed). Periods are
 * the labels reports use: a financial quarter 'Q2 2023/24' (Q1 = April to June), a financial year
 * '2023/24' (April to March), a month 'December 2023' or '2023-12', or a calendar year '2024'.
 */
import { MONTH_NAMES } from '../stats/calendar.js';

export type PeriodKind = 'quarter' | 'financial_year' | 'month' | 'calendar_year';

export interface DateRange {
  /** First day, inclusive. */
  readonly from: string;
  /** Last day, inclusive. */
  readonly to: string;
}

export interface ReportingPeriod extends DateRange {
  readonly kind: PeriodKind;
  /** The label in house style: 'Q2 2023/24', '2023/24', 'December 2023', '2024'. */
  readonly label: string;
}

/** Month names, from the calendar (one list in the project). */
export { MONTH_NAMES };

/** True for a real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so the process zone cannot interfere.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function monthRange(year: number, month: number): DateRange {
  return {
    from: `${year}-${pad2(month)}-01`,
    to: `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`,
  };
}

/** A financial year label '2023/24' from its starting calendar year. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${pad2((startYear + 1) % 100)}`;
}

function parseFinancialYear(text: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  return Number(match[2]) === (start + 1) % 100 ? start : undefined;
}

/** Parse a period label; undefined when it is not one of the accepted forms. */
export function parseReportingPeriod(text: string): ReportingPeriod | undefined {
  const label = text.trim();
  const quarter = /^Q([1-4]) (\d{4}\/\d{2})$/.exec(label);
  if (quarter) {
    const start = parseFinancialYear(quarter[2] ?? '');
    if (start === undefined) return undefined;
    const q = Number(quarter[1]);
    // Q1 is April to June; Q4 is January to March of the following calendar year.
    const firstMonth = q === 4 ? 1 : 3 * q + 1;
    const year = q === 4 ? start + 1 : start;
    return {
      kind: 'quarter',
      label,
      from: monthRange(year, firstMonth).from,
      to: monthRange(year, firstMonth + 2).to,
    };
  }
  const fy = parseFinancialYear(label);
  if (fy !== undefined) return { kind: 'financial_year', label, from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
  if (/^\d{4}$/.test(label))
    return { kind: 'calendar_year', label, from: `${label}-01-01`, to: `${label}-12-31` };
  const iso = /^(\d{4})-(\d{2})$/.exec(label);
  if (iso) {
    const [year, month] = [Number(iso[1]), Number(iso[2])];
    if (month < 1 || month > 12) return undefined;
    return { kind: 'month', label: `${MONTH_NAMES[month - 1]} ${year}`, ...monthRange(year, month) };
  }
  const named = /^([A-Z][a-z]+) (\d{4})$/.exec(label);
  if (named) {
    const index = MONTH_NAMES.indexOf(named[1] as (typeof MONTH_NAMES)[number]);
    if (index < 0) return undefined;
    return { kind: 'month', label, ...monthRange(Number(named[2]), index + 1) };
  }
  return undefined;
}

/** The accepted period forms, for error messages. */
export const PERIOD_FORMS = "a period such as 'Q2 2023/24', '2023/24', 'December 2023' or '2024'";

export function isWithin(date: string, range: DateRange): boolean {
  // ISO dates compare correctly as strings.
  return date >= range.from && date <= range.to;
}

/** 'YYYY-MM' of an ISO date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
