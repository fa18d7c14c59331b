/**
 * An .xlsx workbook (Office Open XML) as sheets of text rows, read with exceljs (imported on first
 * use). Each row keeps its
 * sheet row number, so a problem points at the row Excel shows. Cells covered by a merge are empty
 * (a title merged across eight columns is one cell, not eight copies).
 */
import type ExcelJS from 'exceljs';
import { dateText, numberText } from './cellText.js';
import type { TableRow, TableSheet } from './tableRow.js';

export async function readXlsxSheets(path: string): Promise<TableSheet[]> {
  // Loaded only when a workbook is read: exceljs takes about a second to load, and most ingests
  // (police.uk, CSV tables, every demo) never need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((worksheet) => {
    const rows: TableRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const fields: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (cell.isMerged && cell.master !== cell) return;
        while (fields.length < column - 1) fields.push('');
        fields[column - 1] = cellValueText(cell.value);
      });
      rows.push({ line: rowNumber, fields });
    });
    return { name: worksheet.name, batches: once(rows) };
  });
}

/** exceljs's cell value union, flattened to the text a CSV would hold. */
export function cellValueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // A link's text may itself be rich text (the real ONS workbooks' notes sheets).
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValueText(value.text);
  if ('error' in value) return value.error;
  if ('result' in value) return value.result === undefined ? '' : cellValueText(value.result);
  return '';
}

async function* once<T>(item: T): AsyncGenerator<T> {
  yield item;
}
