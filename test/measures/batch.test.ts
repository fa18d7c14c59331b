/**
 * Many measures in one batch: one query per family (fact table), and every measure still gets
 * exactly its own series. The expected values are the hand counts of series.test.ts over the same
 * store (seriesWorld.ts), here fetched all at once, so a def leaking into another's cells, or a
 * request given another's forces, would show.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type MeasureInput, measureSchema } from '../../src/catalogue/measures/schema.js';
import { compileSeries, type OutcomeSettings } from '../../src/measures/compileSeries.js';
import { fetchSeriesBatch, type SeriesQuery } from '../../src/measures/fetchSeries.js';
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
const window = { first: '2023-10', last: '2024-03' };
const entries = (series: ReadonlyMap<string, number> | undefined) => Object.fromEntries(series ?? []);
const vwi = { offence_codes: ['2', '5D', '8N', '8S'] };

const MEASURES = {
  vwi: measure({ source: 'force_extract', statistic: 'count', selection: vwi }),
  homicide: measure({
    source: 'force_extract',
    statistic: 'count',
    selection: { offence_codes: ['1', '4.1', '4.2', '4.10'] },
    with_and_without_exceptional: true,
  }),
  knife: measure({ source: 'force_extract', statistic: 'count', selection: { flags: ['knife'] } }),
  vwiRate: measure({ source: 'force_extract', statistic: 'outcome_rate', selection: vwi, unit: '%' }),
  satisfaction: measure({
    source: 'force_extract',
    statistic: 'satisfaction_rate',
    selection: { cohort: 'domestic_abuse' },
  }),
  minor: measure({
    source: 'force_extract',
    statistic: 'disruption_count',
    selection: { ocg_levels: ['minor'] },
  }),
  children: measure({
    source: 'force_extract',
    statistic: 'safeguarded_count',
    selection: { safeguarded: 'children' },
  }),
  burglary: measure({
    source: 'police_uk',
    statistic: 'count',
    selection: { police_uk_categories: ['Burglary'] },
  }),
  homeOffice: measure({ source: 'home_office', statistic: 'count', selection: vwi }),
  homeOfficeRate: measure({ source: 'home_office', statistic: 'outcome_rate', selection: vwi, unit: '%' }),
};

let store: Store;
let queries = 0;

before(async () => {
  store = await seriesWorld();
  const query = store.query.bind(store);
  store.query = (...args: Parameters<Store['query']>) => {
    queries++;
    return query(...args);
  };
});

function batchOf(forces: Record<string, readonly string[]> = {}): SeriesQuery[] {
  return Object.entries(MEASURES).map(([id, m]) => ({
    id,
    request: compileSeries(m, assigned)!,
    forces: forces[id] ?? ['midshire'],
  }));
}

test('ten measures of five families: five queries, each measure its own hand-counted series', async () => {
  queries = 0;
  const got = await fetchSeriesBatch(
    store,
    batchOf({ burglary: ['midshire', 'peer-a'], homeOffice: ['midshire', 'peer-a'] }),
    assigned,
    window,
  );
  assert.equal(queries, 5);
  const own = (id: string) => got.get(id)?.get('midshire');
  assert.deepEqual(entries(own('vwi')?.value), { '2024-01': 2, '2024-02': 0, '2024-03': 1 });
  assert.deepEqual(entries(own('homicide')?.value), { '2024-01': 3, '2024-02': 0, '2024-03': 0 });
  assert.deepEqual(entries(own('homicide')?.excludingExceptional), {
    '2024-01': 1,
    '2024-02': 0,
    '2024-03': 0,
  });
  assert.equal(own('vwi')?.excludingExceptional, undefined);
  assert.deepEqual(entries(own('knife')?.value), { '2024-01': 1, '2024-02': 0, '2024-03': 1 });
  assert.deepEqual(entries(own('vwiRate')?.numerator), { '2024-01': 0, '2024-02': 1, '2024-03': 1 });
  assert.deepEqual(entries(own('vwiRate')?.denominator), { '2024-01': 2, '2024-02': 0, '2024-03': 1 });
  assert.deepEqual(entries(own('satisfaction')?.value), { '2024-01': 80, '2024-02': 75 });
  assert.deepEqual(entries(own('minor')?.value), { '2024-01': 1, '2024-02': 1, '2024-03': 0 });
  assert.deepEqual(entries(own('children')?.value), { '2024-01': 4, '2024-02': 0, '2024-03': 0 });
  assert.deepEqual(entries(own('burglary')?.value), { '2024-01': 5, '2024-02': 3 });
  assert.deepEqual(entries(got.get('burglary')?.get('peer-a')?.value), { '2024-01': 7, '2024-02': 2 });
  assert.deepEqual(entries(own('homeOffice')?.value), { '2023-10': 120, '2024-01': 90 });
  assert.deepEqual(entries(got.get('homeOffice')?.get('peer-a')?.value), { '2023-10': 0, '2024-01': 40 });
  // The rate needs both Home Office tables: only the quarter both cover.
  assert.deepEqual(entries(own('homeOfficeRate')?.value), { '2024-01': 20 });
});

test('a request gets only its own forces, even when another request of its family asks for more', async () => {
  const got = await fetchSeriesBatch(
    store,
    [
      { id: 'force', request: compileSeries(MEASURES.burglary, assigned)!, forces: ['midshire'] },
      { id: 'peers', request: compileSeries(MEASURES.burglary, assigned)!, forces: ['midshire', 'peer-a'] },
    ],
    assigned,
    window,
  );
  assert.deepEqual([...got.get('force')!.keys()], ['midshire']);
  assert.deepEqual([...got.get('peers')!.keys()], ['midshire', 'peer-a']);
  assert.deepEqual(entries(got.get('force')?.get('midshire')?.value), { '2024-01': 5, '2024-02': 3 });
});

test('a family no request reads is not queried', async () => {
  queries = 0;
  const got = await fetchSeriesBatch(
    store,
    [{ id: 'knife', request: compileSeries(MEASURES.knife, assigned)!, forces: ['midshire'] }],
    assigned,
    window,
  );
  assert.equal(queries, 1);
  assert.deepEqual(entries(got.get('knife')?.get('midshire')?.value), {
    '2024-01': 1,
    '2024-02': 0,
    '2024-03': 1,
  });
});
