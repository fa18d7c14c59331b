/**
 * Open any supported table file by its extension: .csv (streamed, in the file's encoding), .xlsx
 * (exceljs) or .ods (our own reader: see readOds.ts). A workbook that cannot be read becomes a
 * Problem naming the file, not a stack trace.
 */
import { extname } from 'node:path';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { IngestFile } from '../loader.js';
import { readCsvRows } from './readCsv.js';
import { readOdsSheets } from './readOds.js';
import { readXlsxSheets } from './readXlsx.js';
import type { TableSheet } from './tableRow.js';

export type TableKind = 'csv' | 'xlsx' | 'ods';

export function tableKind(fileName: string): TableKind | undefined {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.ods') return 'ods';
  return undefined;
}

export async function openTable(file: IngestFile): Promise<{ sheets: TableSheet[] } | { problem: Problem }> {
  const kind = tableKind(file.fileName) ?? 'csv';
  if (kind === 'csv')
    return { sheets: [{ name: undefined, batches: readCsvRows(file.diskPath, file.encoding) }] };
  try {
    return { sheets: kind === 'xlsx' ? await readXlsxSheets(file.diskPath) : readOdsSheets(file.diskPath) };
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const label = kind === 'xlsx' ? 'an Excel workbook (.xlsx)' : 'an OpenDocument spreadsheet (.ods)';
    return { problem: messages.ingest.unreadableWorkbook(file.displayPath, label, detail) };
  }
}
