/**
 * Real data: the NCPM yardsticks of Warwickshire for Q1 2025/26 on the published tables alone (ONS
 * Table C2, year ending June 2025, and the ONS year ending March 2019 workbook, with the workspace
 * `baseline` set to that year). Every expected figure is computed HERE from the files themselves:
 * C2 by line splitting, the 2019 workbook and the ONS mid-year population workbook with exceljs, the
 * LAD -> force lookup by line splitting. None comes from the project's readers.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { measureSchema } from '../../src/catalogue/measures/schema.js';
import { baselineFigure } from '../../src/measures/figures/baselineFigure.js';
import { nationalFigure } from '../../src/measures/figures/nationalFigure.js';
import { groupPublishedTables, type PublishedTable } from '../../src/measures/published/publishedTables.js';
import type { MeasureJson, MeasuresResult } from '../../src/measures/result.js';
import { publishedCountCells } from '../../src/measures/sql/publishedCells.js';
import { quarterPeriod, rolling12Period } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { splitCsvLine } from '../helpers/csvLine.js';
import { scratchDir } from '../helpers/scratch.js';
import { sourceCli } from '../helpers/sourceCli.js';

const C2 = join(SHARED_DATA, 'home-office', 'policeforceareatablesyejune25final-table-c2.csv');
const ONS_2019 = join(SHARED_DATA, 'home-office', 'policeforceareatablesyeendingmarch2019.xlsx');
const POPULATION = join(SHARED_DATA, 'reference', 'ons-mid-year-population-lad-2011-2023.xlsx');
const LOOKUP = join(SHARED_DATA, 'reference', 'lad-csp-pfa-lookup-2023.csv');
const skip = [C2, ONS_2019, POPULATION, LOOKUP].every(existsSync)
  ? false
  : '../shared/data is absent (a user clone): real-data test not run';
const TOTAL = 'Total recorded crime (excluding fraud)';

const scrutiny = sourceCli;

/** C2 by line splitting: the header (its cells hold line breaks) and each force area's row. */
function readC2() {
  const lines = readFileSync(C2, 'utf8').split(/\r?\n/);
  const firstData = lines.findIndex((line) => /^[EW]\d{8},/.test(line));
  const header = splitCsvLine(lines.slice(7, firstData).join(' ')).map((h) => h.replace(/\s+/g, ' ').trim());
  const rows = lines
    .slice(firstData)
    .filter((line) => /^[EW]\d{8},/.test(line))
    .map(splitCsvLine);
  // A force's row has no CSP; the City of London has none such: its one CSP row is the force.
  const forces = new Map<string, string[]>();
  for (const row of rows) {
    const code = row[0] ?? '';
    if (row[2] === '' && row[3] === '') forces.set(code, row);
    else if (!forces.has(code) && !rows.some((r) => r[0] === code && r[2] === '' && r[3] === ''))
      forces.set(code, row);
  }
  const count = (row: string[], heading: string) =>
    Number((row[header.indexOf(heading)] ?? '').replace(/[,\s]/g, ''));
  return { header, forces, count };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((t) => t.text).join('');
  return value === null || value === undefined ? '' : String(value);
}

/** The 2019 workbook's Table P1 row for Warwickshire, by its header row. */
async function readP1Warwickshire(heading: RegExp): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(ONS_2019);
  const sheet = book.worksheets.find((ws) => ws.name.trim() === 'Table P1');
  assert.ok(sheet, 'the workbook has Table P1');
  let column = -1;
  let value = Number.NaN;
  sheet.eachRow((row) => {
    const cells = (row.values as ExcelJS.CellValue[]).map(cellText);
    if (column < 0 && cells[1] === 'Area Code') column = cells.findIndex((c) => heading.test(c));
    if (cells[2] === 'Warwickshire') value = Number(cells[column]);
  });
  return value;
}

/** Mid-2023 population of each force area: MYE4's districts summed by the LAD -> PFA lookup. */
async function forcePopulations(): Promise<Map<string, number>> {
  const lookup = readFileSync(LOOKUP, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean);
  const forceOfDistrict = new Map(lookup.map(splitCsvLine).map((f) => [f[0] ?? '', f[4] ?? '']));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(POPULATION);
  const sheet = book.getWorksheet('MYE4');
  assert.ok(sheet);
  const byForce = new Map<string, number>();
  let mid2023 = -1;
  sheet.eachRow((row) => {
    const cells = (row.values as ExcelJS.CellValue[]).map(cellText);
    if (cells[1] === 'Code') mid2023 = cells.indexOf('Mid-2023');
    const force = forceOfDistrict.get(cells[1] ?? '');
    if (force && mid2023 > 0) byForce.set(force, (byForce.get(force) ?? 0) + Number(cells[mid2023]));
  });
  return byForce;
}

let result: MeasuresResult;
let tables: PublishedTable[];

before(async () => {
  if (skip) return;
  const workspace = join(scratchDir('scrutiny-yardsticks-'), 'ws');
  assert.equal(scrutiny('init', workspace, '--force-slug', 'warwickshire').code, 0);
  const config = join(workspace, 'scrutiny.config.yaml');
  const text = readFileSync(config, 'utf8');
  assert.match(
    text,
    /^baseline: year-ending-june-2019/m,
    'the default baseline is the year ending June 2019',
  );
  writeFileSync(config, text.replace(/^baseline: .*$/m, 'baseline: 2018-04..2019-03'));
  mkdirSync(join(workspace, 'data'), { recursive: true });
  for (const file of [C2, ONS_2019]) copyFileSync(file, join(workspace, 'data', file.split('/').at(-1)!));
  const ingest = scrutiny('-w', workspace, 'ingest');
  assert.equal(ingest.code, 0, ingest.output);
  const run = scrutiny('-w', workspace, '--json', 'measures', '--period', 'Q1 2025/26');
  assert.equal(run.code, 0, run.output);
  result = JSON.parse(run.stdout) as MeasuresResult;
  const store = await Store.open(join(workspace, '.scrutiny', 'store.duckdb'), { readOnly: true });
  tables = groupPublishedTables(await publishedCountCells(store));
  store.close();
});

const measure = (id: string): MeasureJson => {
  const found = result.measures.find((m) => m.id === id);
  assert.ok(found, id);
  return found;
};

test('residential burglary: 12 months to June 2025 from C2 against the baseline year ending March 2019', {
  skip,
}, async () => {
  const c2 = readC2();
  const latest = c2.count(c2.forces.get('E23000017')!, 'Residential burglary');
  assert.equal(latest, 1_532);
  const base = await readP1Warwickshire(/^Residential burglary/);
  const baseline = measure('residential_burglary').yardsticks?.baseline;
  assert.ok(baseline?.status === 'ok', JSON.stringify(baseline));
  assert.equal(baseline.latest.value, latest);
  assert.equal(baseline.latest.label, '12 months to June 2025');
  assert.equal(baseline.baseline.value, base);
  assert.equal(baseline.baseline.label, '12 months to March 2019');
  assert.equal(baseline.difference, latest - base);
  assert.equal(baseline.percent, (100 * (latest - base)) / base);
  assert.equal(baseline.sameSource, false, 'C2 and P1 are different tables: both are named');
  assert.match(baseline.latest.sourceText, /Table C2/);
  assert.match(baseline.baseline.sourceText, /Table P1/);
  assert.equal(result.settings.baseline?.label, '12 months to March 2019');
});

test('total recorded crime excluding fraud: 39,348 against 41,962, the change from the files', {
  skip,
}, async () => {
  const c2 = readC2();
  const latest = c2.count(c2.forces.get('E23000017')!, TOTAL);
  const base = await readP1Warwickshire(/^Total recorded crime \(excluding fraud/);
  assert.equal(latest, 39_348);
  assert.equal(base, 41_962);
  const total = measureSchema.parse({
    id: 'total_recorded_crime',
    title: 'Total recorded crime (excluding fraud)',
    priority: 'neighbourhood_crime',
    kind: 'force_proxy',
    source: 'home_office',
    selection: { offence_codes: ['1'] },
    statistic: 'count',
    direction: 'down',
    classification: 'OFFICIAL',
    unit: 'offences',
    published_heading: TOTAL,
  });
  const figure = baselineFigure({
    measure: total,
    forceSlug: 'warwickshire',
    series: undefined,
    tables,
    period: quarterPeriod(2025, 1),
    baseline: rolling12Period('2019-03'),
    alpha: 0.05,
    smallBelow: 10,
  });
  assert.ok(figure.status === 'ok', JSON.stringify(figure));
  assert.equal(figure.latest.value, latest);
  assert.equal(figure.baseline.value, base);
  assert.equal(figure.difference, latest - base);
  assert.equal(figure.percent, (100 * (latest - base)) / base);
  assert.equal(figure.significance.verdict, 'significant_decrease');
});

test('rate per 1,000 and rank among the 43 forces, year ending June 2025: as computed from C2 and ONS populations', {
  skip,
}, async () => {
  const c2 = readC2();
  const populations = await forcePopulations();
  assert.equal(c2.forces.size, 43);
  for (const [heading, id] of [
    [TOTAL, undefined],
    ['Residential burglary', 'residential_burglary'],
  ] as const) {
    const rates = [...c2.forces].map(([code, row]) => ({
      code,
      rate: (c2.count(row, heading) / populations.get(code)!) * 1000,
    }));
    const own = rates.find((r) => r.code === 'E23000017')!;
    const rank = 1 + rates.filter((r) => r.rate > own.rate).length;
    const national = id
      ? measure(id).yardsticks?.national
      : nationalFigure({ heading, forceSlug: 'warwickshire', peerSlugs: [], tables, last: '2025-06' });
    assert.ok(national?.status === 'ok', JSON.stringify(national));
    assert.equal(national.population, populations.get('E23000017'));
    assert.equal(national.ratePer1000, own.rate);
    assert.equal(national.rank, rank);
    assert.equal(national.of, 43);
    assert.deepEqual(national.missing, []);
    assert.match(national.populationSource, /mid-2023/);
    const totalCount = [...c2.forces.values()].reduce((sum, row) => sum + c2.count(row, heading), 0);
    const totalPopulation = [...c2.forces.keys()].reduce((sum, code) => sum + populations.get(code)!, 0);
    assert.equal(national.englandAndWales.ratePer1000, (totalCount / totalPopulation) * 1000);
  }
});
