/**
 * The .ods and .xlsx readers: sheet row numbers, repeated rows and cells, numbers by value rather than
 * display text, merged cells, and a readable problem for a file that is not a workbook.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readOdsSheets } from '../../src/sources/spreadsheet/readOds.js';
import { readXlsxSheets } from '../../src/sources/spreadsheet/readXlsx.js';
import type { TableSheet } from '../../src/sources/spreadsheet/tableRow.js';
import { odsBytes } from '../fixtures/home-office/odsWriter.js';
import { homeOfficeXlsx } from '../fixtures/home-office/workbooks.js';
import { scratchDir } from '../helpers/scratch.js';

const dir = scratchDir('scrutiny-workbook-');

async function rowsOf(sheet: TableSheet | undefined): Promise<[number, readonly string[]][]> {
  const rows: [number, readonly string[]][] = [];
  if (!sheet) return rows;
  for await (const batch of sheet.batches) for (const row of batch) rows.push([row.line, row.fields]);
  return rows;
}

test('.ods: repeated rows keep their own row numbers, empty runs only move the position', async () => {
  const path = join(dir, 'repeats.ods');
  writeFileSync(
    path,
    odsBytes([
      {
        name: 'Data',
        rows: [
          { cells: ['a', { empty: 2 }, 'd'] },
          { cells: [{ empty: 1024 }], repeat: 3 },
          { cells: ['x', { number: 5 }], repeat: 2 },
          { cells: ['two  spaces', { number: 1234.5, display: '1,234.50' }, { date: '2024-03-31' }] },
          { cells: [{ empty: 1024 }], repeat: 1048000 },
        ],
      },
    ]),
  );
  const [sheet] = readOdsSheets(path);
  assert.equal(sheet?.name, 'Data');
  assert.deepEqual(await rowsOf(sheet), [
    [1, ['a', '', '', 'd']],
    // rows 2-4 are empty
    [5, ['x', '5']],
    [6, ['x', '5']],
    [7, ['two  spaces', '1234.5', '2024-03-31']],
  ]);
});

test('.ods: covered cells of a merge keep the columns after them in place', async () => {
  const path = join(dir, 'merged.ods');
  writeFileSync(
    path,
    odsBytes([{ name: 'S', rows: [{ cells: ['Title', { covered: true }, { covered: true }, 'D'] }] }]),
  );
  assert.deepEqual(await rowsOf(readOdsSheets(path)[0]), [[1, ['Title', '', '', 'D']]]);
});

test('.ods: a file that is not a zip is an error that says so', () => {
  const path = join(dir, 'not.ods');
  writeFileSync(path, 'Financial Year,Financial Quarter\n');
  assert.throws(() => readOdsSheets(path), /not a readable zip/);
});

test('.xlsx: sheet row numbers, numbers by value, a merged title counted once', async () => {
  const path = join(dir, 'table.xlsx');
  await homeOfficeXlsx(path);
  const sheets = await readXlsxSheets(path);
  assert.deepEqual(
    sheets.map((s) => s.name),
    ['Cover sheet', 'Table 1'],
  );
  const rows = await rowsOf(sheets[1]);
  assert.deepEqual(rows[0], [1, ['Police recorded crime by force area and offence']]);
  assert.equal(rows[3]?.[0], 5); // the header, after a blank row 4
  assert.deepEqual(rows[6], [
    8,
    [
      '2024/25',
      '1',
      'Warwickshire',
      'Assault with injury',
      'Violence against the person',
      'Violence with injury',
      '8N',
      '1020',
    ],
  ]);
});
