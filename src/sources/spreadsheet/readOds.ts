/**
 * An .ods workbook (OpenDocument, what the Home Office publishes) as sheets of text rows.
 *
 * No maintained .ods reader exists among the npm packages, and an .ods is simple: a zip whose
 * content.xml holds `table:table` > `table:table-row` > `table:table-cell`. We unzip content.xml with
 * fflate and read it with our streaming scanner (odsXmlScanner.ts) 64 Ki characters at a time. The
 * parts of the format that matter for a published table:
 * - `table:number-rows-repeated` / `table:number-columns-repeated`: LibreOffice writes identical
 *   neighbouring rows and cells once with a count. Rows with content are expanded (each keeps its own
 *   row number); runs of empty cells or rows only advance the position, so a sheet "ending" at row
 *   1,048,576 costs nothing.
 * - A number's value is `office:value`, not its displayed text ("12,345" displays 12345).
 * - Covered cells (the rest of a merged range) are empty cells that keep later columns in place.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { dateText, numberText } from './cellText.js';
import { type OdsCellEvent, OdsXmlScanner } from './odsXmlScanner.js';
import type { TableRow, TableSheet } from './tableRow.js';

/** Guards against a corrupt repeat count expanding into millions of identical non-empty cells. */
const MAX_REPEAT_WITH_CONTENT = 100_000;
const CHUNK_BYTES = 1 << 16;

export class OdsFormatError extends Error {}

export function readOdsSheets(path: string): TableSheet[] {
  let content: Uint8Array | undefined;
  try {
    content = unzipSync(readFileSync(path), { filter: (entry) => entry.name === 'content.xml' })[
      'content.xml'
    ];
  } catch (error) {
    throw new OdsFormatError(`not a readable zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!content) throw new OdsFormatError('the zip holds no content.xml');

  const sheets: { name: string; rows: TableRow[] }[] = [];
  let rows: TableRow[] = [];
  let nextRow = 1;
  let rowRepeat = 1;
  let fields: string[] = [];
  let pendingEmpty = 0;
  const scanner = new OdsXmlScanner({
    sheetStart(name) {
      rows = [];
      nextRow = 1;
      sheets.push({ name, rows });
    },
    rowStart(attributes) {
      rowRepeat = Number(attributes.get('table:number-rows-repeated') ?? '1') || 1;
      fields = [];
      pendingEmpty = 0;
    },
    cell(cell) {
      const repeat = Number(cell.attributes.get('table:number-columns-repeated') ?? '1') || 1;
      const text = cell.covered ? '' : cellText(cell);
      if (text === '') {
        pendingEmpty += repeat;
        return;
      }
      for (; pendingEmpty > 0; pendingEmpty--) fields.push('');
      for (let i = 0; i < Math.min(repeat, MAX_REPEAT_WITH_CONTENT); i++) fields.push(text);
    },
    rowEnd() {
      if (fields.length > 0) {
        const count = Math.min(rowRepeat, MAX_REPEAT_WITH_CONTENT);
        for (let i = 0; i < count; i++) rows.push({ line: nextRow + i, fields });
      }
      nextRow += rowRepeat;
    },
  });
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < content.length; offset += CHUNK_BYTES) {
    scanner.feed(decoder.decode(content.subarray(offset, offset + CHUNK_BYTES), { stream: true }));
  }
  scanner.feed(decoder.decode());
  if (sheets.length === 0) throw new OdsFormatError('content.xml holds no table');
  return sheets.map((sheet) => ({ name: sheet.name, batches: once(sheet.rows) }));
}

/** A cell's value as text: numbers and dates by value, anything else by its paragraphs. */
function cellText(cell: OdsCellEvent): string {
  const attributes = cell.attributes;
  switch (attributes.get('office:value-type')) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const value = Number(attributes.get('office:value'));
      if (Number.isFinite(value)) return numberText(value);
      break;
    }
    case 'date': {
      const value = attributes.get('office:date-value');
      if (value && /^\d{4}-\d{2}-\d{2}/.test(value))
        return dateText(new Date(`${value.slice(0, 10)}T00:00:00Z`));
      break;
    }
    case 'boolean':
      return attributes.get('office:boolean-value') === 'true' ? 'TRUE' : 'FALSE';
  }
  return cell.text;
}

async function* once<T>(item: T): AsyncGenerator<T> {
  yield item;
}
