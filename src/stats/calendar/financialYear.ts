/**
 * Financial years (April to March) and financial quarters (Q1 = April to June), as the Home Office
 * and the Police and Crime Panel use them. A financial year is identified by the calendar year it
 * starts in: 2023 is April 2023 to March 2024, written '2023/24'.
 */
import { type Month, makeMonth, monthParts } from './month.js';

export type QuarterNumber = 1 | 2 | 3 | 4;

/** The calendar year the month's financial year starts in: '2024-03' is in 2023 (2023/24). */
export function financialYearOf(month: Month): number {
  const { year, monthNumber } = monthParts(month);
  return monthNumber >= 4 ? year : year - 1;
}

/** '2023/24' for the financial year starting in April 2023; '1999/00' across a century. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The financial quarter of a month: April to June is Q1, January to March is Q4. */
export function financialQuarterOf(month: Month): QuarterNumber {
  const { monthNumber } = monthParts(month);
  // Shift so April is 0, then three months to a quarter.
  return (Math.floor((((monthNumber - 4 + 12) % 12) as number) / 3) + 1) as QuarterNumber;
}

/** 'Q4 2023/24' for quarter 4 of the financial year starting in 2023 (January to March 2024). */
export function financialQuarterLabel(startYear: number, quarter: QuarterNumber): string {
  return `Q${quarter} ${financialYearLabel(startYear)}`;
}

/** First month of a financial year: April of its start year. */
export function financialYearFirstMonth(startYear: number): Month {
  return makeMonth(startYear, 4);
}

/** First month of a financial quarter: Q1 April, Q2 July, Q3 October, Q4 January of the next year. */
export function financialQuarterFirstMonth(startYear: number, quarter: QuarterNumber): Month {
  return quarter === 4 ? makeMonth(startYear + 1, 1) : makeMonth(startYear, 4 + (quarter - 1) * 3);
}
