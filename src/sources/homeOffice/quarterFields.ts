/**
 * The 'Financial Year' and 'Financial Quarter' columns every Home Office table carries: '2023/24' and
 * 1..4 (or 'Q1'..'Q4'). Q1 is April to June, so Q4 of 2023/24 starts on 2024-01-01.
 */
import type { At } from '../../errors/messages/ingest.js';
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import { parseFinancialQuarter, parseFinancialYear, quarterStart } from '../spreadsheet/fieldValues.js';
import type { RowCells } from '../spreadsheet/tableSpec.js';

export interface FinancialQuarter {
  readonly financialYear: string;
  readonly quarter: 1 | 2 | 3 | 4;
  /** 'YYYY-MM-01'. */
  readonly start: string;
}

export function parseQuarterFields(
  cells: RowCells,
  at: At,
  problems: Problem[],
): FinancialQuarter | undefined {
  const yearText = cells.get('Financial Year');
  const quarterText = cells.get('Financial Quarter');
  const startYear = parseFinancialYear(yearText);
  const quarter = parseFinancialQuarter(quarterText);
  if (startYear === undefined)
    problems.push(messages.ingest.badFinancialYear(at, 'Financial Year', quoteFound(yearText)));
  if (quarter === undefined)
    problems.push(messages.ingest.badQuarter(at, 'Financial Quarter', quoteFound(quarterText)));
  if (startYear === undefined || quarter === undefined) return undefined;
  return { financialYear: yearText, quarter, start: quarterStart(startYear, quarter) };
}
