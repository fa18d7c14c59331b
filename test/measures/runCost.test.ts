/**
 * What a run costs, as counts rather than times (times are the benchmark's business): the number of
 * queries does not grow with the number of measures, and a forecast model is fitted once per
 * distinct history. Store: four financial years (April 2020 to March 2024) of 10 crimes of code 8N
 * a month, 16 in March 2024.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadMeasureCatalogue } from '../../src/catalogue/measures/loadCatalogue.js';
import { type MeasureInput, measureSchema } from '../../src/catalogue/measures/schema.js';
import { referenceVocabulary } from '../../src/catalogue/measures/vocabulary.js';
import { clearFitCache, fitCacheStats } from '../../src/forecast/index.js';
import { computeMeasures } from '../../src/measures/computeMeasures.js';
import { measureSettings } from '../../src/measures/settings.js';
import { monthRange, parsePeriod } from '../../src/stats/calendar.js';
import type { Store } from '../../src/store/store.js';
import { configSchema } from '../../src/workspace/config.js';
import { addCoverage, addSource, emptyStore } from './storeFixture.js';

const config = configSchema.parse({
  force: { name: 'Midshire Police', slug: 'midshire', area: 'Midshire', population: 500000 },
});
const settings = measureSettings(config);
const months = monthRange('2020-04', '2024-03');
const m = (input: Partial<MeasureInput> & { id: string }) =>
  measureSchema.parse({
    title: input.id,
    direction: 'down',
    unit: 'offences',
    kind: 'force_proxy',
    classification: 'OFFICIAL',
    priority: 'serious_violence',
    ...input,
  });
const vwi = m({
  id: 'vwi',
  source: 'force_extract',
  statistic: 'count',
  selection: { offence_codes: ['8N'] },
});
// The same selection under another id, as personal robbery is in two priorities of the catalogue.
const vwiAgain = m({ ...vwi, id: 'vwi_again', priority: 'neighbourhood_crime' });

let store: Store;
let queries = 0;

before(async () => {
  store = await emptyStore();
  const extract = await addSource(store, { format: 'force_crimes', force: 'midshire' });
  await addCoverage(store, extract, 'force_crimes', 'midshire', months);
  for (const month of months) {
    await store.run(
      `INSERT INTO force_crimes SELECT $source, i, 'midshire', 'R' || i, $month::DATE, $month::DATE, '8N',
         NULL, NULL, NULL, NULL, []::VARCHAR[] FROM range($n) t(i)`,
      { source: extract, month: `${month}-01`, n: month === '2024-03' ? 16 : 10 },
    );
  }
  const query = store.query.bind(store);
  store.query = (...args: Parameters<Store['query']>) => {
    queries++;
    return query(...args);
  };
});

const run = (measures: Parameters<typeof computeMeasures>[1]['measures']) =>
  computeMeasures(store, {
    measures,
    settings,
    period: parsePeriod('Q4 2023/24'),
    subjects: [
      {
        slug: 'midshire',
        name: 'Midshire Police',
        population: 500000,
        peers: [{ slug: 'peer-a', name: 'Peer A', population: 400000 }],
      },
    ],
    now: new Date('2024-05-01T09:00:00Z'),
  });

test('the whole catalogue costs seven queries: data loaded, provenance, one per family', async () => {
  const catalogue = loadMeasureCatalogue({ vocabulary: referenceVocabulary() });
  const measures = catalogue.entries.map((e) => e.measure);
  assert.ok(measures.length >= 40, `${measures.length} measures`);
  queries = 0;
  const [result] = await run(measures);
  // force extract crimes, satisfaction and OCG; Home Office tables (the peers); police.uk.
  assert.equal(queries, 7);
  assert.equal(result!.measures.length, measures.length);
  const homicide = result!.measures.find((x) => x.id === 'homicide');
  assert.equal(homicide?.status, 'ok');
});

test('one measure costs three queries: data loaded, provenance, its family', async () => {
  queries = 0;
  await run([vwi]);
  assert.equal(queries, 3);
});

test('two measures with the same history share one forecast fit, and the same forecast', async () => {
  clearFitCache();
  const [result] = await run([vwi, vwiAgain]);
  const [a, b] = result!.measures;
  assert.equal(a?.figures?.forecast.status, 'ok');
  assert.deepEqual(a?.figures?.forecast, b?.figures?.forecast);
  assert.deepEqual(fitCacheStats(), { size: 1, hits: 1, misses: 1 });
});
