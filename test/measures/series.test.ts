/**
 * The SQL series against a hand-built in-memory store. Every expected value below was counted by hand
 * from the rows inserted in `world()`.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type MeasureInput, measureSchema } from '../../src/catalogue/measures/schema.js';
import { type OutcomeSettings, peerMeasure } from '../../src/measures/compileSeries.js';
import { fetchSeries } from '../../src/measures/fetchSeries.js';
import type { Store } from '../../src/store/store.js';
import {
  addCoverage,
  addCrimes,
  addHomeOfficeCrime,
  addHomeOfficeOutcomes,
  addOcg,
  addSatisfaction,
  addSource,
  addStreet,
  emptyStore,
} from './storeFixture.js';

const base = {
  priority: 'serious_violence',
  kind: 'force_proxy',
  direction: 'down',
  classification: 'OFFICIAL',
  unit: 'offences',
};
const measure = (input: Partial<MeasureInput>) =>
  measureSchema.parse({ id: 'm', title: 'M', ...base, ...input });
const assigned: OutcomeSettings = { actionTaken: [1, 2, 3, 4, 6, 7, 8], rateBasis: 'assigned_in_period' };
const ofRecorded: OutcomeSettings = { ...assigned, rateBasis: 'of_crimes_recorded_in_period' };
const window = { forces: ['midshire'], first: '2023-10', last: '2024-03' };
const entries = (series: ReadonlyMap<string, number> | undefined) => Object.fromEntries(series ?? []);

let store: Store;

before(async () => {
  store = await emptyStore();
  // The current extract covers January to March 2024.
  const current = await addSource(store, {
    format: 'force_crimes',
    force: 'midshire',
    extractDate: '2024-04-05',
  });
  await addCoverage(store, current, 'force_crimes', 'midshire', ['2024-01', '2024-02', '2024-03']);
  await addCrimes(store, current, 'midshire', [
    { code: '8N', recorded: '2024-01-03', outcome: 1, outcomeDate: '2024-02-10' },
    { code: '8N', recorded: '2024-01-09', outcome: 14, outcomeDate: '2024-01-20' },
    { code: '34B', recorded: '2024-01-15', outcome: 8, outcomeDate: '2024-01-25', flags: ['knife'] },
    { code: '1', recorded: '2024-01-20', flags: ['exceptional_incident'] },
    { code: '1', recorded: '2024-01-21', flags: ['exceptional_incident'] },
    { code: '4.1', recorded: '2024-01-22' },
    {
      code: '8N',
      recorded: '2024-03-02',
      outcome: 3,
      outcomeDate: '2024-03-15',
      flags: ['knife', 'domestic_abuse'],
    },
    { code: '46', recorded: '2024-03-05', outcome: 1, outcomeDate: '2024-03-06' },
  ]);
  // An older extract of January, superseded by the current one: its rows must never be counted.
  const old = await addSource(store, {
    format: 'force_crimes',
    force: 'midshire',
    extractDate: '2024-02-05',
  });
  await addCoverage(store, old, 'force_crimes', 'midshire', ['2024-01'], current);
  await addCrimes(store, old, 'midshire', [
    { code: '8N', recorded: '2024-01-03', outcome: 1, outcomeDate: '2024-01-10' },
    { code: '8N', recorded: '2024-01-04' },
    { code: '8N', recorded: '2024-01-05' },
  ]);
  // Another force in the same extract table: never counted for midshire.
  const other = await addSource(store, { format: 'force_crimes', force: 'elsewhere' });
  await addCoverage(store, other, 'force_crimes', 'elsewhere', ['2024-01']);
  await addCrimes(store, other, 'elsewhere', [
    { code: '8N', recorded: '2024-01-03', outcome: 1, outcomeDate: '2024-01-04' },
  ]);

  const survey = await addSource(store, { format: 'force_satisfaction', force: 'midshire' });
  await addCoverage(store, survey, 'force_satisfaction', 'midshire', ['2024-01', '2024-02']);
  await addSatisfaction(store, survey, 'midshire', [
    { month: '2024-01', cohort: 'domestic_abuse', responses: 10, satisfied: 8 },
    { month: '2024-02', cohort: 'domestic_abuse', responses: 20, satisfied: 15 },
    { month: '2024-02', cohort: 'burglary', responses: 5, satisfied: 1 },
  ]);

  const ocg = await addSource(store, { format: 'force_ocg_disruptions', force: 'midshire' });
  await addCoverage(store, ocg, 'force_ocg_disruptions', 'midshire', ['2024-01', '2024-02', '2024-03']);
  await addOcg(store, ocg, 'midshire', [
    { date: '2024-01-04', level: 'major', adults: 2, children: 1 },
    { date: '2024-01-30', level: 'minor', adults: 0, children: 3 },
    { date: '2024-02-14', level: 'minor', adults: 1, children: 0 },
  ]);

  for (const [force, counts] of [
    ['midshire', [5, 3]],
    ['peer-a', [7, 2]],
  ] as const) {
    const street = await addSource(store, { format: 'police_uk_street', force, archiveMonth: '2024-02' });
    await addCoverage(store, street, 'police_uk_street', force, ['2024-01', '2024-02']);
    await addStreet(store, street, force, [
      { month: '2024-01', type: 'Burglary', count: counts[0] },
      { month: '2024-02', type: 'Burglary', count: counts[1] },
      { month: '2024-02', type: 'Robbery', count: 4 },
    ]);
  }

  const ho = await addSource(store, { format: 'ho_recorded_crime', force: 'midshire' });
  await addCoverage(store, ho, 'ho_recorded_crime', 'midshire', ['2023-10', '2024-01']);
  await addCoverage(store, ho, 'ho_recorded_crime', 'peer-a', ['2023-10', '2024-01']);
  await addHomeOfficeCrime(store, ho, [
    { force: 'midshire', quarterStart: '2023-10', code: '8N', offences: 100 },
    { force: 'midshire', quarterStart: '2023-10', code: '5D', offences: 20 },
    { force: 'midshire', quarterStart: '2024-01', code: '8N', offences: 90 },
    { force: 'midshire', quarterStart: '2024-01', code: '46', offences: 500 },
    { force: 'peer-a', quarterStart: '2024-01', code: '8N', offences: 40 },
  ]);
  const hoOut = await addSource(store, { format: 'ho_outcomes', force: 'midshire' });
  await addCoverage(store, hoOut, 'ho_outcomes', 'midshire', ['2024-01']);
  await addHomeOfficeOutcomes(store, hoOut, [
    { force: 'midshire', quarterStart: '2024-01', code: '8N', type: 1, assigned: 9, ofRecorded: 6 },
    { force: 'midshire', quarterStart: '2024-01', code: '8N', type: 14, assigned: 50, ofRecorded: 40 },
    { force: 'midshire', quarterStart: '2024-01', code: '8N', type: 8, assigned: 9, ofRecorded: 3 },
  ]);
});

const vwi = { offence_codes: ['2', '5D', '8N', '8S'] };

test('a force extract count: covered months with nothing are 0, superseded and other forces excluded', async () => {
  const series = await fetchSeries(
    store,
    measure({ source: 'force_extract', statistic: 'count', selection: vwi }),
    assigned,
    window,
  );
  const own = series?.get('midshire');
  assert.deepEqual(entries(own?.value), { '2024-01': 2, '2024-02': 0, '2024-03': 1 });
  assert.equal(own?.frequency, 'month');
  assert.deepEqual([...(series?.keys() ?? [])], ['midshire']);
});

test('homicide is counted with and without exceptional incidents', async () => {
  const homicide = measure({
    source: 'force_extract',
    statistic: 'count',
    selection: { offence_codes: ['1', '4.1', '4.2', '4.10'] },
    with_and_without_exceptional: true,
  });
  const own = (await fetchSeries(store, homicide, assigned, window))?.get('midshire');
  assert.deepEqual(entries(own?.value), { '2024-01': 3, '2024-02': 0, '2024-03': 0 });
  assert.deepEqual(entries(own?.excludingExceptional), { '2024-01': 1, '2024-02': 0, '2024-03': 0 });
});

test('a flag selection counts crimes carrying the flag, of any offence', async () => {
  const knife = measure({ source: 'force_extract', statistic: 'count', selection: { flags: ['knife'] } });
  const own = (await fetchSeries(store, knife, assigned, window))?.get('midshire');
  assert.deepEqual(entries(own?.value), { '2024-01': 1, '2024-02': 0, '2024-03': 1 });
});

test("the 'action taken' rate on outcomes assigned in the period", async () => {
  const rate = measure({ source: 'force_extract', statistic: 'outcome_rate', selection: vwi, unit: '%' });
  const own = (await fetchSeries(store, rate, assigned, window))?.get('midshire');
  // January: two crimes recorded, the outcome 14 (not action taken) dated January; the outcome 1 of a
  // January crime is dated February; March: one crime, outcome 3 dated March.
  assert.deepEqual(entries(own?.numerator), { '2024-01': 0, '2024-02': 1, '2024-03': 1 });
  assert.deepEqual(entries(own?.denominator), { '2024-01': 2, '2024-02': 0, '2024-03': 1 });
  // February has no crimes recorded, so no rate (absent, never Infinity).
  assert.deepEqual(entries(own?.value), { '2024-01': 0, '2024-03': 100 });
});

test("the 'action taken' rate of the crimes recorded in the period", async () => {
  const rate = measure({ source: 'force_extract', statistic: 'outcome_rate', selection: vwi, unit: '%' });
  const own = (await fetchSeries(store, rate, ofRecorded, window))?.get('midshire');
  assert.deepEqual(entries(own?.numerator), { '2024-01': 1, '2024-02': 0, '2024-03': 1 });
  assert.deepEqual(entries(own?.value), { '2024-01': 50, '2024-03': 100 });
});

test('the action-taken set comes from the settings', async () => {
  const rate = measure({ source: 'force_extract', statistic: 'outcome_rate', selection: vwi, unit: '%' });
  const own = (
    await fetchSeries(store, rate, { actionTaken: [14], rateBasis: 'assigned_in_period' }, window)
  )?.get('midshire');
  assert.deepEqual(entries(own?.numerator), { '2024-01': 1, '2024-02': 0, '2024-03': 0 });
});

test('satisfaction: satisfied over responses for the cohort', async () => {
  const da = measure({
    source: 'force_extract',
    statistic: 'satisfaction_rate',
    selection: { cohort: 'domestic_abuse' },
  });
  const own = (await fetchSeries(store, da, assigned, window))?.get('midshire');
  assert.deepEqual(entries(own?.numerator), { '2024-01': 8, '2024-02': 15 });
  assert.deepEqual(entries(own?.denominator), { '2024-01': 10, '2024-02': 20 });
  assert.deepEqual(entries(own?.value), { '2024-01': 80, '2024-02': 75 });
});

test('OCG disruptions by level and people safeguarded', async () => {
  const all = measure({ source: 'force_extract', statistic: 'disruption_count' });
  const minor = measure({
    source: 'force_extract',
    statistic: 'disruption_count',
    selection: { ocg_levels: ['minor'] },
  });
  const children = measure({
    source: 'force_extract',
    statistic: 'safeguarded_count',
    selection: { safeguarded: 'children' },
  });
  const adults = measure({
    source: 'force_extract',
    statistic: 'safeguarded_count',
    selection: { safeguarded: 'adults' },
  });
  const get = async (m: ReturnType<typeof measure>) =>
    entries((await fetchSeries(store, m, assigned, window))?.get('midshire')?.value);
  assert.deepEqual(await get(all), { '2024-01': 2, '2024-02': 1, '2024-03': 0 });
  assert.deepEqual(await get(minor), { '2024-01': 1, '2024-02': 1, '2024-03': 0 });
  assert.deepEqual(await get(children), { '2024-01': 4, '2024-02': 0, '2024-03': 0 });
  assert.deepEqual(await get(adults), { '2024-01': 2, '2024-02': 1, '2024-03': 0 });
});

test('police.uk categories, for the force and its peers in one query', async () => {
  const burglary = measure({
    source: 'police_uk',
    statistic: 'count',
    selection: { police_uk_categories: ['Burglary'] },
  });
  const series = await fetchSeries(store, burglary, assigned, { ...window, forces: ['midshire', 'peer-a'] });
  assert.deepEqual(entries(series?.get('midshire')?.value), { '2024-01': 5, '2024-02': 3 });
  assert.deepEqual(entries(series?.get('peer-a')?.value), { '2024-01': 7, '2024-02': 2 });
});

test('Home Office counts are quarterly, keyed by the first month of the quarter', async () => {
  const ho = measure({ source: 'home_office', statistic: 'count', selection: vwi });
  const series = await fetchSeries(store, ho, assigned, { ...window, forces: ['midshire', 'peer-a'] });
  assert.equal(series?.get('midshire')?.frequency, 'quarter');
  assert.deepEqual(entries(series?.get('midshire')?.value), { '2023-10': 120, '2024-01': 90 });
  assert.deepEqual(entries(series?.get('peer-a')?.value), { '2023-10': 0, '2024-01': 40 });
});

test('a Home Office rate needs both tables: only quarters both cover; basis picks the column', async () => {
  const rate = measure({ source: 'home_office', statistic: 'outcome_rate', selection: vwi, unit: '%' });
  const a = (await fetchSeries(store, rate, assigned, window))?.get('midshire');
  assert.deepEqual(entries(a?.numerator), { '2024-01': 18 });
  assert.deepEqual(entries(a?.denominator), { '2024-01': 90 });
  assert.deepEqual(entries(a?.value), { '2024-01': 20 });
  const b = (await fetchSeries(store, rate, ofRecorded, window))?.get('midshire');
  assert.deepEqual(entries(b?.numerator), { '2024-01': 9 });
  assert.deepEqual(entries(b?.value), { '2024-01': 10 });
});

test('the peer measure counts the same codes from the Home Office tables', async () => {
  const own = measure({
    source: 'force_extract',
    statistic: 'count',
    selection: vwi,
    peers: { source: 'home_office' },
  });
  const peer = peerMeasure(own);
  assert.equal(peer?.source, 'home_office');
  const series = await fetchSeries(store, peer!, assigned, { ...window, forces: ['midshire', 'peer-a'] });
  assert.deepEqual(entries(series?.get('peer-a')?.value), { '2023-10': 0, '2024-01': 40 });
});

test('an external measure compiles to nothing; a force with no data is absent', async () => {
  const external = measure({ source: 'external', statistic: 'external', external_reason: 'elsewhere' });
  assert.equal(await fetchSeries(store, external, assigned, window), undefined);
  const vw = measure({ source: 'force_extract', statistic: 'count', selection: vwi });
  const series = await fetchSeries(store, vw, assigned, { ...window, forces: ['nowhere'] });
  assert.equal(series?.size, 0);
});
