/**
 * Checks of one cell that several formats share. Each reads the named column, pushes a Problem for a
 * bad value and returns undefined, or returns the parsed value (null for an allowed empty cell).
 * A row parser calls every check, so one row reports all of its problems at once.
 */
import { normaliseOffenceCode, parseOutcomeType } from '../../catalogue/reference/index.js';
import type { At } from '../../errors/messages/ingest.js';
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import { parseCount, parseIsoDate, parseSignedCount } from './fieldValues.js';
import type { RowCells } from './tableSpec.js';

type Checked<T> = T | undefined;

/**
 * A pure function of a cell's text, remembered: codes, dates and flags repeat thousands of times in a
 * 400,000-row file, and their checks are the hot path of a load. Bounded, so memory stays flat.
 */
export function memoise<T>(compute: (text: string) => T, limit = 8192): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const value = compute(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}

const canonicalOffenceCode = memoise(normaliseOffenceCode);
const isoDate = memoise(parseIsoDate);
const outcomeType = memoise(parseOutcomeType);

export function requiredText(
  cells: RowCells,
  column: string,
  at: At,
  problems: Problem[],
  expected: string,
): Checked<string> {
  const text = cells.get(column);
  if (text !== '') return text;
  problems.push(messages.ingest.missingValue(at, column, expected));
  return undefined;
}

export function optionalText(cells: RowCells, column: string): string | null {
  const text = cells.get(column);
  return text === '' ? null : text;
}

export function countCell(
  cells: RowCells,
  column: string,
  at: At,
  problems: Problem[],
  /** `signed`: a published table's revisions may take a count below zero ('-45'). */
  options: { readonly max?: number; readonly optional?: boolean; readonly signed?: boolean } = {},
): Checked<number | null> {
  const text = cells.get(column);
  if (text === '') {
    if (options.optional) return null;
    problems.push(messages.ingest.missingValue(at, column, 'a whole number, 0 or more'));
    return undefined;
  }
  const parsed = options.signed ? parseSignedCount(text) : parseCount(text, options.max);
  if ('count' in parsed) return parsed.count;
  const found = quoteFound(text);
  problems.push(
    parsed.error === 'negative'
      ? messages.ingest.negativeCount(at, column, found)
      : messages.ingest.notACount(at, column, found),
  );
  return undefined;
}

/**
 * A Home Office offence code in its canonical form ('4/1' -> '4.1'); `parse` replaces the reference
 * list lookup for tables that also carry published-only codes (homeOffice/publishedCodes.ts).
 */
export function offenceCodeCell(
  cells: RowCells,
  column: string,
  at: At,
  problems: Problem[],
  parse: (text: string) => string | undefined = canonicalOffenceCode,
): Checked<string> {
  const text = cells.get(column);
  const code = parse(text);
  if (code !== undefined) return code;
  problems.push(
    text === ''
      ? messages.ingest.missingValue(at, column, 'a Home Office offence code such as 8N, 28E or 4.1 (4/1)')
      : messages.ingest.unknownOffenceCode(at, column, quoteFound(text)),
  );
  return undefined;
}

/** A Home Office outcome type 0..22; empty gives null when `emptyAllowed`. */
export function outcomeCodeCell(
  cells: RowCells,
  column: string,
  at: At,
  problems: Problem[],
  emptyAllowed: boolean,
): Checked<number | null> {
  const text = cells.get(column);
  if (text === '' && emptyAllowed) return null;
  const type = outcomeType(text);
  if (type !== undefined) return type;
  problems.push(messages.ingest.unknownOutcomeCode(at, column, quoteFound(text), emptyAllowed));
  return undefined;
}

/** An ISO date YYYY-MM-DD; empty gives null when `optional`. */
export function isoDateCell(
  cells: RowCells,
  column: string,
  at: At,
  problems: Problem[],
  optional = false,
): Checked<string | null> {
  const text = cells.get(column);
  const expected = `a date written YYYY-MM-DD${optional ? ', or empty' : ''}`;
  if (text === '') {
    if (optional) return null;
    problems.push(messages.ingest.missingValue(at, column, expected));
    return undefined;
  }
  const date = isoDate(text);
  if (date === undefined) problems.push(messages.ingest.badDate(at, column, expected, quoteFound(text)));
  return date;
}
