/**
 * A measure whose own source (the force extract) is not loaded falls back to the Home Office
 * recorded crime table named in its catalogue entry, with quarterly, financial-year and rolling
 * 12-month figures, the exact test and the peer rank, and says which table fed it. Hand-built
 * store: two financial years (2022/23, 2023/24) of quarters for the force and two peers; every
 * expected figure is summed by hand below from the rows inserted.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type Measure, type MeasureInput, measureSchema } from '../../src/catalogue/measures/schema.js';
import { computeMeasures, type ForceRef } from '../../src/measures/computeMeasures.js';
import { releaseDateOf } from '../../src/measures/publishedSource.js';
import type { MeasureJson } from '../../src/measures/result.js';
import { measureSettings } from '../../src/measures/settings.js';
import { parsePeriod } from '../../src/stats/calendar.js';
import type { Store } from '../../src/store/store.js';
import { configSchema } from '../../src/workspace/config.js';
import { addCoverage, addCrimes, addHomeOfficeCrime, addSource, emptyStore } from './storeFixture.js';

const config = configSchema.parse({
  force: { name: 'Midshire Police', slug: 'midshire', area: 'Midshire', population: 500000 },
});
const settings = measureSettings(config);
const QUARTERS = ['2022-04', '2022-07', '2022-10', '2023-01', '2023-04', '2023-07', '2023-10', '2024-01'];
/** Robbery (34A + 34B) per quarter for the force: 2022/23 sums to 100, 2023/24 to 140. */
const ROBBERY = [20, 25, 25, 30, 30, 35, 35, 40];
/** What every measure here shares: a count of offences, lower is better. */
const COUNT = {
  direction: 'down',
  unit: 'offences',
  kind: 'force_proxy',
  classification: 'OFFICIAL',
  priority: 'serious_violence',
  source: 'force_extract',
  statistic: 'count',
} as const;
const m = (input: Partial<MeasureInput> & { id: string }) =>
  measureSchema.parse({ ...COUNT, title: input.id, ...input });
const robbery = m({
  id: 'robbery',
  selection: { offence_codes: ['34A', '34B'] },
  fallback: [{ source: 'home_office', selection: { offence_codes: ['34A', '34B'] } }],
});
const firearms = m({
  id: 'firearms',
  selection: { flags: ['firearm'] },
  fallback: [
    {
      source: 'home_office',
      selection: { offence_codes: ['10A'] },
      codes_confirmed: false,
      note: 'Possession of firearms with intent.',
    },
  ],
});
const withoutFallback = m({
  id: 'plain',
  selection: { offence_codes: ['34B'] },
});

let store: Store;
let measures: readonly MeasureJson[];

before(async () => {
  store = await emptyStore();
  const source = await addSource(store, {
    format: 'ho_recorded_crime',
    force: '',
    path: 'data/home-office/prc-pfa-mar2013-onwards-tables-250724.ods',
  });
  const rows = QUARTERS.flatMap((quarterStart, i) => [
    { force: 'midshire', quarterStart, code: '34A', offences: 5 },
    { force: 'midshire', quarterStart, code: '34B', offences: ROBBERY[i]! - 5 },
    { force: 'midshire', quarterStart, code: '10A', offences: 1 },
    { force: 'eastshire', quarterStart, code: '34B', offences: 60 },
    { force: 'westshire', quarterStart, code: '34B', offences: 10 },
  ]);
  await addHomeOfficeCrime(store, source, rows);
  for (const force of ['midshire', 'eastshire', 'westshire'])
    await addCoverage(store, source, 'ho_recorded_crime', force, QUARTERS);
  const peers = [
    { slug: 'eastshire', name: 'Eastshire Police', population: 1000000 },
    { slug: 'westshire', name: 'Westshire Police', population: 250000 },
  ];
  const [result] = await computeFor(store, [robbery, firearms, withoutFallback], 'Q4 2023/24', peers);
  measures = result!.measures;
});

/** The measures for Midshire (population 500,000) and the peers given. */
function computeFor(on: Store, list: readonly Measure[], period: string, peers: readonly ForceRef[] = []) {
  const midshire = { slug: 'midshire', name: 'Midshire Police', population: 500000, peers };
  return computeMeasures(on, {
    measures: list,
    settings,
    period: parsePeriod(period),
    subjects: [midshire],
    now: new Date('2024-05-01T00:00:00Z'),
  });
}

const byId = (id: string) => measures.find((x) => x.id === id)!;

test('with no force extract, a measure with a fallback is counted from the Home Office table', () => {
  const r = byId('robbery');
  assert.equal(r.status, 'ok');
  assert.equal(r.source, 'home_office');
  assert.equal(r.frequency, 'quarter');
  const f = r.figures!;
  assert.equal(f.current.status === 'ok' && f.current.value, 40);
  assert.equal(f.previous.status === 'ok' && f.previous.value, 35);
  assert.equal(f.yearEarlier.status === 'ok' && f.yearEarlier.value, 30);
  assert.equal(f.changeOnYearEarlier.status === 'ok' && f.changeOnYearEarlier.difference, 10);
  // The financial year 2023/24 (the quarter closes it) against 2022/23: 140 against 100.
  assert.ok(f.year.status === 'ok');
  assert.equal(f.year.period.label, '2023/24');
  assert.equal(f.year.value, 140);
  assert.equal(f.year.previous.value, 100);
  assert.equal(f.year.significance.status, 'ok');
  // Rolling 12 months to March 2024: the four quarters of 2023/24.
  assert.equal(f.rolling.status === 'ok' && f.rolling.value, 140);
  assert.equal(f.significance.status === 'ok' && f.significance.current, 40);
  assert.equal(f.latestMonth.status, 'not_available');
  assert.equal(f.spc.status, 'not_available');
  assert.equal(f.forecast.status, 'not_available');
});

test('the peers come from the same table: rates per 1,000 for the quarter, ranked', () => {
  const peers = byId('robbery').figures!.peers;
  assert.ok(peers.status === 'ok');
  assert.equal(peers.source, 'home_office');
  const rates = Object.fromEntries(peers.forces.map((f) => [f.slug, f.ratePer1000]));
  // Midshire 40 / 500,000; Eastshire 60 / 1,000,000; Westshire 10 / 250,000 (per 1,000).
  assert.equal(rates.midshire, (40 / 500000) * 1000);
  assert.equal(rates.eastshire, (60 / 1000000) * 1000);
  assert.equal(rates.westshire, (10 / 250000) * 1000);
  assert.equal(peers.rank, 1);
  assert.equal(peers.of, 3);
});

test('the figures say which table fed them, when it was released and whether the codes are confirmed', () => {
  const fed = byId('robbery').fedBy;
  assert.ok(fed);
  assert.equal(fed.name, 'Home Office police recorded crime open data table');
  assert.equal(fed.released, '25 July 2024');
  assert.equal(fed.latestQuarter, 'Q4 2023/24');
  assert.equal(fed.insteadOf, 'force_extract');
  assert.equal(fed.codesConfirmed, true);
  const firearmsFed = byId('firearms');
  assert.equal(firearmsFed.status, 'ok');
  assert.equal(firearmsFed.fedBy?.codesConfirmed, false);
  assert.equal(firearmsFed.dataNote, 'Possession of firearms with intent.');
  assert.equal(firearmsFed.figures?.current.status === 'ok' && firearmsFed.figures.current.value, 1);
});

test('a measure without a fallback still says its source is not loaded', () => {
  const plain = byId('plain');
  assert.equal(plain.status, 'source_not_loaded');
  assert.equal(plain.fedBy, undefined);
});

test('a month cannot be answered from quarters: the measure says so instead of a figure', async () => {
  const [result] = await computeFor(store, [robbery], '2024-03');
  const r = result!.measures[0]!;
  assert.equal(r.status, 'period_not_covered');
  assert.match(r.statusText ?? '', /quarters, financial years and the 12 months to a quarter's end/);
  assert.ok(result!.problems.some((p) => p.code === 'measures.quarterly-series'));
});

test('the release date is read from a published file name (DDMMYY), never invented', () => {
  assert.equal(releaseDateOf('x/prc-pfa-mar2013-onwards-tables-260723.ods'), '26 July 2023');
  assert.equal(releaseDateOf('x/prc-pfa-mar2013-onwards-tables201718.csv'), null);
  assert.equal(releaseDateOf('x/table-310223.ods'), null); // 31 February does not exist
});

test("once the force's extract is loaded, the measure is counted from it, not from the table", async () => {
  const own = await emptyStore();
  const table = await addSource(own, { format: 'ho_recorded_crime', force: '' });
  await addHomeOfficeCrime(own, table, [
    { force: 'midshire', quarterStart: '2024-01', code: '34B', offences: 99 },
  ]);
  await addCoverage(own, table, 'ho_recorded_crime', 'midshire', ['2024-01']);
  const extract = await addSource(own, {
    format: 'force_crimes',
    force: 'midshire',
    extractDate: '2024-04-05',
  });
  await addCrimes(own, extract, 'midshire', [
    { code: '34B', recorded: '2024-01-10' },
    { code: '34A', recorded: '2024-03-02' },
  ]);
  await addCoverage(own, extract, 'force_crimes', 'midshire', ['2024-01', '2024-02', '2024-03']);
  const [result] = await computeFor(own, [robbery], 'Q4 2023/24');
  const r = result!.measures[0]!;
  assert.equal(r.source, 'force_extract');
  assert.equal(r.fedBy, undefined);
  assert.equal(r.figures?.current.status === 'ok' && r.figures.current.value, 2);
});
