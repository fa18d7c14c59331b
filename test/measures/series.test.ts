/**
 * The SQL series against a hand-built in-memory store. Every expected value below was counted by hand
 * from the rows inserted in `seriesWorld()`.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type MeasureInput, measureSchema } from '../../src/catalogue/measures/schema.js';
import { type OutcomeSettings, peerMeasure } from '../../src/measures/compileSeries.js';
import { fetchSeries } from '../../src/measures/fetchSeries.js';
import type { Store } from '../../src/store/store.js';
import { seriesWorld } from './seriesWorld.js';

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
  store = await seriesWorld();
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
