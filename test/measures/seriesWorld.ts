/**
 * The hand-built store of the series tests (series.test.ts, batch.test.ts): every expected value in
 * those tests was counted by hand from the rows inserted here.
 *
 * - midshire's force extract covers January to March 2024; an older extract of January is
 *   superseded by it (its rows must never be counted); another force's crimes sit in the same table;
 * - satisfaction for January and February, OCG disruptions for January to March;
 * - police.uk street files for midshire and peer-a, January and February;
 * - Home Office recorded crime for both forces (two quarters) and outcomes for midshire (one).
 */
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

export async function seriesWorld(): Promise<Store> {
  const store = await emptyStore();
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
  return store;
}
