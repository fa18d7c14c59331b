/**
 * ONS Table C2 in today's accessible-spreadsheet layout, as a sheet of the published .xlsx workbook.
 * The real workbook is not shipped (../shared/data holds the sheet exported as CSV), so the test
 * builds one with exceljs from the CSV's own cells: cover, contents and notes sheets first, then
 * 'Table_C2' with the same note rows, header cells with line breaks, '[x]' and "39,348 " text. A
 * second workbook stores the counts as numbers with a display format, as Excel saves them. Both must
 * give exactly the cells the CSV gives, and the district figures measures read must be the C2 rows.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { publishedDistrictFigures } from '../../src/measures/publishedDistricts.js';
import { publishedTablesLoader } from '../../src/sources/publishedTables/publishedTablesLoader.js';
import type { Store } from '../../src/store/store.js';
import { runLoader, writeTemp } from '../fixtures/home-office/loaderHarness.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { splitCsvText } from '../helpers/csvLine.js';

const C2 = join(SHARED_DATA, 'home-office', 'policeforceareatablesyejune25final-table-c2.csv');
const skip = existsSync(C2) ? false : '../shared/data is absent (a user clone): real-data test not run';
const TOTAL = 'Total recorded crime (excluding fraud)';

async function workbook(rows: readonly string[][], asNumbers: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Cover_sheet').addRow(['Police force area data tables, year ending June 2025']);
  const contents = book.addWorksheet('Table_of_contents');
  contents.addRow(['Table of contents']);
  contents.addRow(['Table C2', 'Number of police recorded crimes by Community Safety Partnership area']);
  const notes = book.addWorksheet('Notes');
  notes.addRow(['Notes']);
  notes.addRow(['Note number', 'Note text']);
  notes.addRow([
    '[note 1]',
    'Police recorded crime data are not designated as accredited official statistics.',
  ]);
  const sheet = book.addWorksheet('Table_C2');
  for (const fields of rows) {
    const row = sheet.addRow(fields.map((field) => cell(field, asNumbers)));
    row.eachCell((c) => {
      if (typeof c.value === 'number') c.numFmt = '#,##0 ';
    });
  }
  // The header's cells break over lines, as the ONS writes them.
  sheet.getRow(8).alignment = { wrapText: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function cell(field: string, asNumbers: boolean): string | number | null {
  if (field === '') return null;
  if (asNumbers && /^\d{1,3}(,\d{3})* ?$/.test(field)) return Number(field.replace(/[, ]/g, ''));
  return field;
}

type Cell = Record<string, unknown>;

async function storedCells(store: Store): Promise<Cell[]> {
  return store.query(
    `SELECT table_id, table_title, strftime(period_start, '%Y-%m-%d') AS s, strftime(period_end, '%Y-%m-%d') AS e,
       area_kind, area_code, area_name, force_slug, column_label, value, marker
     FROM published_cells ORDER BY ALL`,
  );
}

let csvRows: string[][] = [];
let fromCsv: Cell[] = [];
const stores: Record<'text' | 'numbers', Store | undefined> = { text: undefined, numbers: undefined };

before(async () => {
  if (skip) return;
  csvRows = splitCsvText(readFileSync(C2, 'utf8'));
  fromCsv = await storedCells((await runLoader(publishedTablesLoader, C2)).store);
  for (const kind of ['text', 'numbers'] as const) {
    const path = writeTemp(
      'policeforceareatablesyejune25final.xlsx',
      await workbook(csvRows, kind === 'numbers'),
    );
    const run = await runLoader(publishedTablesLoader, path);
    assert.deepEqual(
      run.result.problems.filter((p) => p.severity === 'error'),
      [],
    );
    // The ingest pipeline records what the loader covers; the current_ views read through it.
    for (const entry of run.result.coverage)
      await run.store.run(
        `INSERT INTO coverage VALUES ($source, 'published_tables', $force, $period::DATE, $rows, NULL)`,
        { source: run.sourceId, force: entry.forceSlug, period: entry.period, rows: entry.rows },
      );
    stores[kind] = run.store;
  }
});

test('the workbook built from the CSV keeps its header line breaks and note rows', { skip }, () => {
  assert.match(csvRows[7]?.[0] ?? '', /^Police Force\nArea code$/);
  assert.match(csvRows[3]?.[0] ?? '', /\[x\] indicates data are unavailable/);
  assert.ok(csvRows.some((fields) => fields.includes('39,348 ')));
});

for (const kind of ['text', 'numbers'] as const) {
  test(`C2 as an .xlsx sheet (counts as ${kind}) gives exactly the cells of the CSV`, { skip }, async () => {
    const store = stores[kind];
    assert.ok(store);
    const cells = await storedCells(store);
    assert.ok(fromCsv.length > 9_000, `${fromCsv.length} cells from the CSV`);
    assert.deepEqual(cells, fromCsv);
    const sheets = await store.query<{ sheet: string; line: number }>(
      `SELECT DISTINCT sheet, line FROM published_cells WHERE area_name = 'Rugby'`,
    );
    // The sheet row Excel shows: the CSV's record number (its header spans several lines of text).
    const rugby = csvRows.findIndex((fields) => fields[5] === 'Rugby') + 1;
    assert.deepEqual(sheets, [{ sheet: 'Table_C2', line: rugby }]);
  });
}

test('district figures from the C2 sheet: the rows below Warwickshire, as the CSV prints them', {
  skip,
}, async () => {
  const store = stores.numbers;
  assert.ok(store);
  const totalAt = csvRows[7]?.findIndex(
    (header) => header.replace(/\s+/g, ' ') === 'Total recorded crime (excluding fraud)',
  );
  assert.ok(totalAt !== undefined && totalAt > 0);
  const count = (fields: readonly string[]) => Number((fields[totalAt] ?? '').replace(/[, ]/g, ''));
  const warwickshire = csvRows.filter((fields) => fields[1]?.trim() === 'Warwickshire');
  const figures = await publishedDistrictFigures(store, { force: 'warwickshire', column: TOTAL });
  assert.ok(figures);
  assert.equal(figures.periodStart, '2024-07-01');
  assert.equal(figures.periodEnd, '2025-06-30');
  assert.equal(figures.forceTotal, count(warwickshire.find((f) => f[3] === '') ?? []));
  assert.deepEqual(
    figures.rows.map((row) => [row.kind, row.name, row.value]),
    warwickshire
      .filter((f) => f[3] !== '')
      .map((f) => {
        const kind = /^Unassigned/.test(f[3] ?? '') ? 'unassigned' : f[5] ? 'district' : 'csp';
        return [kind, (f[5] || f[3] || '').trim(), count(f)];
      })
      .sort(
        (a, b) =>
          Number(a[0] === 'unassigned') - Number(b[0] === 'unassigned') ||
          String(a[1]).localeCompare(String(b[1])),
      ),
  );
  assert.deepEqual(
    figures.rows.map((row) => row.value),
    [4_260, 11_229, 6_723, 16_786, 350],
  );
});

test('district figures: a district in two partnerships is one figure; the City of London is its one row', {
  skip,
}, async () => {
  const store = stores.text;
  assert.ok(store);
  const dorset = await publishedDistrictFigures(store, { force: 'dorset', column: 'Residential burglary' });
  const bcp = dorset?.rows.filter((row) => row.name === 'Bournemouth, Christchurch and Poole');
  const at = csvRows[7]?.indexOf('Residential burglary') ?? -1;
  const expected = csvRows
    .filter((f) => f[5] === 'Bournemouth, Christchurch and Poole')
    .reduce((sum, f) => sum + Number((f[at] ?? '').replace(/[, ]/g, '')), 0);
  assert.deepEqual(
    bcp?.map((row) => row.value),
    [expected],
  );
  const city = await publishedDistrictFigures(store, { force: 'city-of-london', column: TOTAL });
  assert.deepEqual(
    city?.rows.map((row) => [row.name, row.value]),
    [['City of London', 8_801]],
  );
  assert.equal(city?.forceTotal, 8_801);
  assert.equal(
    await publishedDistrictFigures(store, { force: 'warwickshire', column: 'No such column' }),
    undefined,
  );
});
