/**
 * One sheet of a wide published table, read into long form: a cell per (area row, value column).
 *
 * A sheet is a table when its first row is a title 'Table P1: ...' (C2, 1, ...). Its data rows are
 * the rows that name an area (areas.ts) and hold at least one number; the cells before a row's first
 * value are its labels. The rows between the title and the first data row are the header: each value
 * column's label is the path of its header cells, top to bottom, where a group heading spanning
 * several columns (a merged cell, written once) carries to the columns on its right. Notes, sources
 * and footnotes below the table hold no area and no number, and are passed over.
 */
import type { TableRow } from '../spreadsheet/tableRow.js';
import { type AddUpMismatch, addUpMismatches, isCountsTable } from './addUp.js';
import { AreaReader, type RowArea } from './areas.js';
import { cellValue, cleanHeaderCell, cleanLabel, isNumberCell } from './labels.js';

export interface PublishedCell {
  readonly line: number;
  readonly area: RowArea;
  readonly columnLabel: string;
  readonly value: number | null;
  readonly marker: string | null;
}

export interface SheetTable {
  readonly tableId: string;
  readonly title: string;
  readonly cells: readonly PublishedCell[];
  /** Forces whose parts (partnerships, districts, unassigned) do not add up to their total (addUp.ts). */
  readonly mismatches: readonly AddUpMismatch[];
}

const TITLE = /^Table\s+([A-Z]{0,2}\d+[a-z]?)\s*:/i;

/** The table id a title names ('P1'), or undefined when the row is no table title. */
export function tableIdOfTitle(title: string): string | undefined {
  return TITLE.exec(title.trim())?.[1]?.toUpperCase();
}

export function readSheetTable(rows: readonly TableRow[]): SheetTable | undefined {
  const titleRow = rows.find((row) => row.fields.some((field) => field.trim() !== ''));
  const title = cleanLabel(titleRow?.fields.find((field) => field.trim() !== '') ?? '');
  const tableId = tableIdOfTitle(title);
  if (!titleRow || tableId === undefined) return undefined;

  const areas = new AreaReader();
  const data: { row: TableRow; area: RowArea; firstValue: number }[] = [];
  const headerRows: TableRow[] = [];
  for (const row of rows) {
    if (row === titleRow) continue;
    const firstValue = row.fields.findIndex((field) => isNumberCell(field));
    const area = firstValue > 0 ? areas.read(labelCells(row.fields, firstValue)) : undefined;
    if (area && firstValue > 0) data.push({ row, area, firstValue });
    else if (data.length === 0) headerRows.push(row);
  }
  if (data.length === 0) return undefined;

  const firstValueColumn = Math.min(...data.map((d) => d.firstValue));
  const labels = columnLabels(headerRows, firstValueColumn);
  // Checked before a single-part force's part is repeated as its force row (it adds up trivially).
  const mismatches = isCountsTable(title) ? addUpMismatches(data, labels, firstValueColumn) : [];
  data.push(...forceRowsOfSingleAreaForces(data));
  const cells: PublishedCell[] = [];
  for (const { row, area } of data) {
    for (let column = firstValueColumn; column < row.fields.length; column++) {
      const value = cellValue(row.fields[column] ?? '');
      if (value === undefined) continue;
      const columnLabel = labels[column] || `column ${column + 1}`;
      cells.push({
        line: row.line,
        area,
        columnLabel,
        value: 'value' in value ? value.value : null,
        marker: 'marker' in value ? value.marker : null,
      });
    }
  }
  return { tableId, title, cells, mismatches };
}

/**
 * A force area listed only by its parts and with one part is that part: C2 gives the City of London
 * no force row, its one CSP row is the force. Its row is repeated as the force's.
 */
function forceRowsOfSingleAreaForces<T extends { area: RowArea }>(data: readonly T[]): T[] {
  const rowsByForce = new Map<string, T[]>();
  for (const row of data) {
    if (row.area.kind === 'country' || row.area.kind === 'region') continue;
    rowsByForce.set(row.area.forceSlug, [...(rowsByForce.get(row.area.forceSlug) ?? []), row]);
  }
  const added: T[] = [];
  for (const rows of rowsByForce.values()) {
    const only = rows[0];
    if (rows.length === 1 && only && only.area.kind !== 'force')
      added.push({ ...only, area: { ...only.area, kind: 'force' } });
  }
  return added;
}

/** The label cells: before the first value, but a marker ('..', '[x]') also ends them. */
function labelCells(fields: readonly string[], firstNumber: number): string[] {
  const labels: string[] = [];
  for (let i = 0; i < firstNumber; i++) {
    const field = fields[i] ?? '';
    const value = cellValue(field);
    if (value && 'marker' in value && labels.some((label) => label.trim() !== '')) break;
    labels.push(field);
  }
  return labels;
}

/** Each value column's header path; group headings carry right within the value columns. */
function columnLabels(headerRows: readonly TableRow[], firstValueColumn: number): string[] {
  const width = Math.max(0, ...headerRows.map((row) => row.fields.length));
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (const row of headerRows) {
    let carried = '';
    for (let column = firstValueColumn; column < width; column++) {
      const text = cleanHeaderCell(row.fields[column] ?? '');
      if (text !== '') carried = text;
      if (carried !== '') paths[column]?.push(carried);
    }
  }
  return paths.map((path) => path.join(' / '));
}
