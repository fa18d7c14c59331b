/**
 * Reading the period labels a user types (`scrutiny measures --period "Q4 2023/24"`) and the
 * statement prints: the one parser every command uses. Accepted, case-insensitively and with any
 * run of spaces between words:
 *
 * - a month: '2024-03', 'March 2024' or 'Mar 2024' (three-letter abbreviations; 'Sept' too);
 * - a financial quarter: 'Q4 2023/24', 'Q4 2023-24', 'Q4 FY 2023/24' or the commentary folder's
 *   '2023-24-Q4';
 * - a financial year: '2023/24', 'FY 2023/24' or 'FY 2023-24'; when the data end inside that
 *   year (`latestMonth`), the year so far: '2025/26' read in December 2025 is April to November;
 * - a financial year to date: 'FYTD', 'YTD', 'financial year to date' (the year of the latest
 *   month of data, up to it), '2023/24 to date', or '2023/24 to December 2023' (its own label);
 * - a run of months: '2023-04..2023-12', 'April 2023 to December 2023', 'April to December 2023';
 * - a rolling year: '12 months to 2024-03' or '12 months to March 2024'.
 *
 * '2023-24' alone is NOT read as a financial year: '2011-12' would be both December 2011 and
 * 2011/12 ('FY 2011-12' and 'Q1 2011-12' are not ambiguous, so they are read).
 */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { ScrutinyError } from '../../errors/problem.js';
import { financialYearOf, type QuarterNumber } from './financialYear.js';
import { addMonths, compareMonths, isMonth, MONTH_NAMES, type Month, makeMonth } from './month.js';
import {
  financialYearPeriod,
  monthPeriod,
  monthRangePeriod,
  type Period,
  quarterPeriod,
  rolling12Period,
  yearToDatePeriod,
} from './period.js';

const YEAR = String.raw`(\d{4}[/-]\d{2})`;
const FINANCIAL_YEAR = /^(\d{4})[/-](\d{2})$/;
const BARE_FINANCIAL_YEAR = /^\d{4}\/\d{2}$/;
const NAMED_FINANCIAL_YEAR = new RegExp(`^(?:fy|financial year) ?${YEAR}$`);
const QUARTER = new RegExp(`^q([1-4]) (?:fy ?)?${YEAR}$`);
const FOLDER_QUARTER = new RegExp(`^${YEAR}[ -]q([1-4])$`);
const TO_DATE = /^(?:fy ?td|ytd|(?:financial )?year to date)$/;
const YEAR_TO = new RegExp(`^(?:fy ?)?${YEAR} (?:to|ytd|up to) ?(.*)$`);
const NAMED_MONTH = /^([a-z]+) (\d{4})$/;
const ROLLING = /^12 months to (.+)$/;
const RANGE = /^(.+?) ?(?:\.\.|–|—| to ) ?(.+)$/;

export type PeriodFailure =
  | 'unparsable'
  | 'financial_year_not_consecutive'
  | 'range_backwards'
  | 'month_outside_year'
  | 'needs_latest_month';

/** The outcome of reading a label: a period, or the Problem to report (why it could not be read). */
export type PeriodParse =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly reason: PeriodFailure };

export interface PeriodContext {
  /**
   * The latest month the data hold. It turns 'FYTD' into months, and a financial year that is
   * still running into the year so far. Without it those forms are read as written.
   */
  readonly latestMonth?: Month;
}

/** Read a period label; see the file comment for the forms. Never throws. */
export function readPeriodLabel(label: string, context: PeriodContext = {}): PeriodParse {
  const text = label.trim().replace(/\s+/g, ' ').toLowerCase();
  const rolling = ROLLING.exec(text);
  if (rolling) return monthOrFail(readMonth(rolling[1]!), rolling12Period);
  if (TO_DATE.test(text)) {
    const latest = context.latestMonth;
    return latest === undefined ? failed('needs_latest_month') : ok(yearToDatePeriod(latest));
  }
  const yearTo = YEAR_TO.exec(text);
  if (yearTo) return readYearTo(yearTo[1]!, yearTo[2]!, context);
  const quarter = QUARTER.exec(text) ?? swapped(FOLDER_QUARTER.exec(text));
  if (quarter) {
    const startYear = readFinancialYear(quarter[2]!);
    if (typeof startYear !== 'number') return failed(startYear);
    return ok(quarterPeriod(startYear, Number(quarter[1]) as QuarterNumber));
  }
  const named = NAMED_FINANCIAL_YEAR.exec(text);
  if (named || BARE_FINANCIAL_YEAR.test(text)) {
    const startYear = readFinancialYear(named ? named[1]! : text);
    return typeof startYear === 'number' ? ok(yearSoFar(startYear, context)) : failed(startYear);
  }
  const month = readMonth(text);
  if (month !== undefined) return ok(monthPeriod(month));
  const range = RANGE.exec(text);
  return range ? readRange(range[1]!, range[2]!) : failed('unparsable');
}

/**
 * Read a period label or throw a ScrutinyError whose Problem names `field` (e.g. '--period', or a
 * dotted path into a YAML file) with the accepted forms and what was found.
 */
export function parsePeriod(label: string, field = 'period', context: PeriodContext = {}): Period {
  const result = readPeriodLabel(label, context);
  if (result.ok) return result.period;
  throw new ScrutinyError(periodProblem(label, field, result.reason));
}

/** The Problem that says why `label` is not a period, with the forms accepted. */
export function periodProblem(label: string, field: string, reason: PeriodFailure): Problem {
  switch (reason) {
    case 'financial_year_not_consecutive':
      return messages.stats.financialYearNotConsecutive(label, field);
    case 'range_backwards':
      return messages.stats.periodRangeBackwards(label, field);
    case 'month_outside_year':
      return messages.stats.periodMonthOutsideYear(label, field);
    case 'needs_latest_month':
      return messages.stats.periodNeedsData(label, field);
    case 'unparsable':
      return messages.stats.periodUnparsable(label, field);
  }
}

function ok(period: Period): PeriodParse {
  return { ok: true, period };
}

function failed(reason: PeriodFailure): PeriodParse {
  return { ok: false, reason };
}

function monthOrFail(month: Month | undefined, make: (m: Month) => Period): PeriodParse {
  return month === undefined ? failed('unparsable') : ok(make(month));
}

/** '2023-24-q4' matched as [year, quarter]: give it the order of 'q4 2023-24'. */
function swapped(match: RegExpExecArray | null): readonly string[] | null {
  return match ? [match[0], match[2]!, match[1]!] : null;
}

/** The whole financial year, or the year so far when the latest month of data is inside it. */
function yearSoFar(startYear: number, context: PeriodContext): Period {
  const year = financialYearPeriod(startYear);
  const latest = context.latestMonth;
  const running = latest !== undefined && latest >= year.first && latest < year.last;
  return running ? yearToDatePeriod(latest) : year;
}

/** '2023/24 to date' (up to the latest month of data) or '2023/24 to December 2023'. */
function readYearTo(yearText: string, rest: string, context: PeriodContext): PeriodParse {
  const startYear = readFinancialYear(yearText);
  if (typeof startYear !== 'number') return failed(startYear);
  if (rest === 'date' || rest === '') return ok(yearSoFar(startYear, context));
  const month = readMonth(rest);
  if (month === undefined) return failed('unparsable');
  if (financialYearOf(month) !== startYear) return failed('month_outside_year');
  return ok(yearToDatePeriod(month));
}

/** '2023-04..2023-12', 'April 2023 to December 2023' or 'April to December 2023'. */
function readRange(firstText: string, lastText: string): PeriodParse {
  const last = readMonth(lastText);
  if (last === undefined) return failed('unparsable');
  const first = readMonth(firstText) ?? monthBefore(firstText, last);
  if (first === undefined) return failed('unparsable');
  if (compareMonths(first, last) > 0) return failed('range_backwards');
  return ok(monthRangePeriod(first, last));
}

/** 'april' before December 2023 is April 2023; 'november' before February 2024 is November 2023. */
function monthBefore(word: string, last: Month): Month | undefined {
  const index = monthNumberOf(word);
  if (index === undefined) return undefined;
  const sameYear = makeMonth(Number(last.slice(0, 4)), index);
  return compareMonths(sameYear, last) <= 0 ? sameYear : addMonths(sameYear, -12);
}

/** '2023/24' or '2023-24' to 2023; a reason when the years do not follow each other. */
function readFinancialYear(text: string): number | 'unparsable' | 'financial_year_not_consecutive' {
  const match = FINANCIAL_YEAR.exec(text);
  if (!match) return 'unparsable';
  const startYear = Number(match[1]);
  if (startYear < 1000 || startYear > 9998) return 'unparsable';
  return (startYear + 1) % 100 === Number(match[2]) ? startYear : 'financial_year_not_consecutive';
}

/** '2024-03', 'march 2024', 'mar 2024' or 'sept 2024' (already lower-cased) to a month. */
function readMonth(text: string): Month | undefined {
  if (isMonth(text)) return text;
  const named = NAMED_MONTH.exec(text);
  if (!named) return undefined;
  const year = Number(named[2]);
  const index = monthNumberOf(named[1]!);
  return year < 1000 || index === undefined ? undefined : makeMonth(year, index);
}

/** 1 for 'january' or 'jan', 9 for 'sept' too; undefined for any other word. */
function monthNumberOf(word: string): number | undefined {
  const index = MONTH_NAMES.findIndex((name) => {
    const full = name.toLowerCase();
    return word === full || word === full.slice(0, 3) || (full === 'september' && word === 'sept');
  });
  return index < 0 ? undefined : index + 1;
}
