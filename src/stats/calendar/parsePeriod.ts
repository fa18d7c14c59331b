/**
 * Reading the period labels a user types (`scrutiny measures --period "Q4 2023/24"`) and the
 * statement prints. Accepted, case-insensitively and with any run of spaces between words:
 *
 * - a month: '2024-03', 'March 2024' or 'Mar 2024' (three-letter abbreviations; 'Sept' too);
 * - a financial quarter: 'Q4 2023/24';
 * - a financial year: '2023/24' (the second year written with two digits, and the year after the first);
 * - a rolling year: '12 months to 2024-03' or '12 months to March 2024'.
 *
 * '2023-24' is NOT read as a financial year: '2011-12' would be both December 2011 and 2011/12.
 */
import { messages } from '../../errors/messages.js';
import { ScrutinyError } from '../../errors/problem.js';
import type { QuarterNumber } from './financialYear.js';
import { isMonth, MONTH_NAMES, type Month, makeMonth } from './month.js';
import { financialYearPeriod, monthPeriod, type Period, quarterPeriod, rolling12Period } from './period.js';

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const QUARTER = /^q([1-4]) (\d{4}\/\d{2})$/;
const NAMED_MONTH = /^([a-z]+) (\d{4})$/;
const ROLLING = /^12 months to (.+)$/;

/** The outcome of reading a label: a period, or the Problem to report (why it could not be read). */
export type PeriodParse =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly reason: 'unparsable' | 'financial_year_not_consecutive' };

/** Read a period label; see the file comment for the forms. Never throws. */
export function readPeriodLabel(label: string): PeriodParse {
  const text = label.trim().replace(/\s+/g, ' ').toLowerCase();
  const rolling = ROLLING.exec(text);
  if (rolling) {
    const month = readMonth(rolling[1]!);
    return month === undefined ? failed('unparsable') : { ok: true, period: rolling12Period(month) };
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const startYear = readFinancialYear(quarter[2]!);
    if (typeof startYear !== 'number') return failed(startYear);
    return { ok: true, period: quarterPeriod(startYear, Number(quarter[1]) as QuarterNumber) };
  }
  if (FINANCIAL_YEAR.test(text)) {
    const startYear = readFinancialYear(text);
    return typeof startYear === 'number'
      ? { ok: true, period: financialYearPeriod(startYear) }
      : failed(startYear);
  }
  const month = readMonth(text);
  return month === undefined ? failed('unparsable') : { ok: true, period: monthPeriod(month) };
}

/**
 * Read a period label or throw a ScrutinyError whose Problem names `field` (e.g. '--period', or a
 * dotted path into a YAML file) with the accepted forms and what was found.
 */
export function parsePeriod(label: string, field = 'period'): Period {
  const result = readPeriodLabel(label);
  if (result.ok) return result.period;
  throw new ScrutinyError(
    result.reason === 'financial_year_not_consecutive'
      ? messages.stats.financialYearNotConsecutive(label, field)
      : messages.stats.periodUnparsable(label, field),
  );
}

function failed(reason: 'unparsable' | 'financial_year_not_consecutive'): PeriodParse {
  return { ok: false, reason };
}

/** '2023/24' to 2023; a reason when the years do not follow each other. */
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
  const word = named[1]!;
  const year = Number(named[2]);
  if (year < 1000) return undefined;
  const index = MONTH_NAMES.findIndex((name) => {
    const full = name.toLowerCase();
    return word === full || word === full.slice(0, 3) || (full === 'september' && word === 'sept');
  });
  return index < 0 ? undefined : makeMonth(year, index + 1);
}
