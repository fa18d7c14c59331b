/**
 * Do a force's parts add up to its total? In a table of counts by Community Safety Partnership
 * (ONS Table C2), each force row should equal its partnership and district rows plus its
 * "Unassigned" row. A table that does not is reported (a warning per force and column, with both
 * numbers), never silently trusted: the figures are still stored as published.
 *
 * A partnership is counted once: where the ONS writes a "Combined Local Authorities" row for a
 * partnership spanning districts, any district row listed under the same partnership code is part
 * of it, not extra crime. Rows of one partnership with no such row (or of one district in two
 * partnerships, as Dorset's Bournemouth and Poole) are each counted. Only tables of counts are
 * checked (a title saying 'Number of'): rates and percentages do not add up. A column where any
 * part holds a marker ('[x]') cannot be checked and is passed over.
 */
import type { TableRow } from '../spreadsheet/tableRow.js';
import type { RowArea } from './areas.js';
import { cellValue } from './labels.js';

export interface AreaRow {
  readonly row: TableRow;
  readonly area: RowArea;
  readonly firstValue: number;
}

export interface AddUpMismatch {
  /** The force row's line. */
  readonly line: number;
  readonly forceName: string;
  readonly column: string;
  readonly total: number;
  readonly parts: number;
}

const PARTNERSHIP_CODE = /^(E22|W14)\d{6}$/;
const COUNTS_TITLE = /^Table\s+\w+\s*:\s*Number of\b/i;

export function isCountsTable(title: string): boolean {
  return COUNTS_TITLE.test(title);
}

export function addUpMismatches(
  rows: readonly AreaRow[],
  columnLabels: readonly string[],
  firstValueColumn: number,
): AddUpMismatch[] {
  const mismatches: AddUpMismatch[] = [];
  for (const [forceRow, parts] of forcesWithParts(rows)) {
    const counted = countedParts(parts);
    for (let column = firstValueColumn; column < forceRow.row.fields.length; column++) {
      const total = numberAt(forceRow, column);
      const values = counted.map((part) => numberAt(part, column));
      if (total === undefined || values.some((value) => value === undefined)) continue;
      const sum = values.reduce((a: number, b) => a + (b ?? 0), 0);
      if (sum !== total)
        mismatches.push({
          line: forceRow.row.line,
          forceName: forceRow.area.name,
          column: columnLabels[column] || `column ${column + 1}`,
          total,
          parts: sum,
        });
    }
  }
  return mismatches;
}

/** Each force row with the rows of its parts (partnerships, districts, unassigned). */
function forcesWithParts(rows: readonly AreaRow[]): [AreaRow, AreaRow[]][] {
  const forces = new Map<string, { force?: AreaRow; parts: AreaRow[] }>();
  for (const row of rows) {
    const { kind, forceSlug } = row.area;
    if (kind === 'country' || kind === 'region') continue;
    const entry = forces.get(forceSlug) ?? { parts: [] };
    if (kind === 'force') entry.force ??= row;
    else entry.parts.push(row);
    forces.set(forceSlug, entry);
  }
  return [...forces.values()].flatMap(({ force, parts }) =>
    force && parts.length > 0 ? [[force, parts] as [AreaRow, AreaRow[]]] : [],
  );
}

/** The rows to add: a partnership's own row stands for the district rows listed under its code. */
function countedParts(parts: readonly AreaRow[]): AreaRow[] {
  const byPartnership = new Map<string, AreaRow[]>();
  const counted: AreaRow[] = [];
  for (const part of parts) {
    const code = part.row.fields
      .slice(0, part.firstValue)
      .find((field) => PARTNERSHIP_CODE.test(field.trim()));
    if (code === undefined) counted.push(part);
    else byPartnership.set(code.trim(), [...(byPartnership.get(code.trim()) ?? []), part]);
  }
  for (const group of byPartnership.values()) {
    const own = group.find((part) => part.area.kind === 'csp');
    counted.push(...(own ? [own] : group));
  }
  return counted;
}

function numberAt(row: AreaRow, column: number): number | undefined {
  const value = cellValue(row.row.fields[column] ?? '');
  return value && 'value' in value ? value.value : undefined;
}
