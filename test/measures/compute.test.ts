/**
 * computeMeasures end to end over a hand-built store: four financial years (April 2020 to March 2024)
 * of 10 violence-with-injury crimes a month, except 16 in March 2024; satisfaction 75 of 100 every
 * month. Expected figures are worked by hand in the comments.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type MeasureInput, measureSchema } from '../../src/catalogue/measures/schema.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { computeMeasures } from '../../src/measures/computeMeasures.js';
import type { MeasuresResult } from '../../src/measures/result.js';
import { measureSettings } from '../../src/measures/settings.js';
import { monthRange, parsePeriod } from '../../src/stats/calendar.js';
import type { Store } from '../../src/store/store.js';
import { configSchema } from '../../src/workspace/config.js';
import { addCoverage, addSatisfaction, addSource, emptyStore } from './storeFixture.js';

const config = configSchema.parse({
  force: { name: 'Midshire Police', slug: 'midshire', area: 'Midshire', population: 500000 },
});
const settings = measureSettings(config);
const months = monthRange('2020-04', '2024-03');
const common = { kind: 'force_proxy', classification: 'OFFICIAL', priority: 'serious_violence' } as const;
const m = (input: Partial<MeasureInput> & { id: string }) =>
  measureSchema.parse({ title: input.id, direction: 'down', unit: 'offences', ...common, ...input });

const vwi = m({
  id: 'vwi',
  source: 'force_extract',
  statistic: 'count',
  selection: { offence_codes: ['8N'] },
});
const satisfaction = m({
  id: 'sat_da',
  priority: 'victim_satisfaction',
  source: 'force_extract',
  statistic: 'satisfaction_rate',
  selection: { cohort: 'domestic_abuse' },
  direction: 'up',
  unit: '%',
});
const sensitive = m({ ...vwi, id: 'vwi_sensitive', classification: 'OFFICIAL-SENSITIVE' });
const external = m({
  id: 'ext',
  source: 'external',
  statistic: 'external',
  external_reason: 'Held by NHS England.',
});
const notApplicable = m({
  id: 'na',
  source: 'external',
  statistic: 'external',
  external_reason: 'England only',
  applicability: { status: 'not_applicable', reason: 'The data covers England only.' },
});
const policeUk = m({
  id: 'puk',
  source: 'police_uk',
  statistic: 'count',
  selection: { police_uk_categories: ['Burglary'] },
});

const disruptions = m({ id: 'ocg', source: 'force_extract', statistic: 'disruption_count', direction: 'up' });

let store: Store;

before(async () => {
  store = await emptyStore();
  const extract = await addSource(store, {
    format: 'force_crimes',
    force: 'midshire',
    extractDate: '2024-04-05',
    path: 'data/force-extract-2024-04-05/crimes.csv',
  });
  await addCoverage(store, extract, 'force_crimes', 'midshire', months);
  for (const month of months) {
    await store.run(
      `INSERT INTO force_crimes SELECT $source, i, 'midshire', 'R' || i, $month::DATE, $month::DATE, '8N',
         NULL, NULL, NULL, NULL, []::VARCHAR[] FROM range($n) t(i)`,
      { source: extract, month: `${month}-01`, n: month === '2024-03' ? 16 : 10 },
    );
  }
  const survey = await addSource(store, { format: 'force_satisfaction', force: 'midshire' });
  await addCoverage(store, survey, 'force_satisfaction', 'midshire', months);
  await addSatisfaction(
    store,
    survey,
    'midshire',
    months.map((month) => ({ month, cohort: 'domestic_abuse', responses: 100, satisfied: 75 })),
  );
  const ocg = await addSource(store, { format: 'force_ocg_disruptions', force: 'midshire' });
  await addCoverage(store, ocg, 'force_ocg_disruptions', 'midshire', ['2024-01', '2024-02']);
});

async function compute(period: string, measures = [vwi]): Promise<MeasuresResult> {
  const [result] = await computeMeasures(store, {
    measures,
    settings,
    period: parsePeriod(period),
    subjects: [{ slug: 'midshire', name: 'Midshire Police', population: 500000, peers: [] }],
    now: new Date('2024-05-01T09:00:00Z'),
  });
  return result!;
}

const ok = <T extends { status: string }>(figure: T) => {
  assert.equal(figure.status, 'ok', JSON.stringify(figure));
  return figure as Extract<T, { status: 'ok' }>;
};

test('a quarter of a count: value, previous, year earlier, changes, 3-year average, latest month', async () => {
  const result = await compute('Q4 2023/24');
  assert.equal(result.schemaVersion, 1);
  assert.deepEqual(result.period, {
    label: 'Q4 2023/24',
    kind: 'quarter',
    first: '2024-01',
    last: '2024-03',
  });
  const measure = result.measures[0]!;
  assert.equal(measure.status, 'ok');
  const f = measure.figures!;
  assert.equal(ok(f.current).value, 36); // 10 + 10 + 16
  assert.equal(ok(f.previous).value, 30); // Q3: 3 × 10
  assert.equal(ok(f.yearEarlier).value, 30);
  assert.equal(ok(f.changeOnPrevious).text, '+20% (+6)');
  assert.equal(ok(f.changeOnYearEarlier).percent, 20);
  const average = ok(f.threeYearAverage);
  assert.equal(average.value, 30); // Q4 of 2020/21, 2021/22 and 2022/23, 30 each
  assert.equal(average.verdict, 'above');
  const latest = ok(f.latestMonth);
  assert.equal(latest.value, 16);
  assert.equal(ok(latest.changeOnPreviousMonth).text, '+60% (+6)');
  const rolling = ok(f.rolling);
  assert.equal(rolling.value, 126); // 11 × 10 + 16
  // 36 against 30 is well within Poisson variation (exact conditional test p ≈ 0.52).
  const significance = ok(f.significance);
  assert.equal(significance.phrase, 'within normal variation');
  assert.ok((significance.pValue as number) > 0.4 && (significance.pValue as number) < 0.6);
  assert.equal(measure.series?.length, 48);
  assert.equal(measure.provenance[0]?.path, 'data/force-extract-2024-04-05/crimes.csv');
  assert.equal(measure.provenance[0]?.extractDate, '2024-04-05');
});

test('a financial year and a month work too; too little history says so', async () => {
  const year = (await compute('2023/24')).measures[0]!.figures!;
  assert.equal(ok(year.current).value, 126);
  assert.equal(ok(year.yearEarlier).value, 120);
  // 2020/21, 2021/22 and 2022/23 are all loaded: 120 each.
  assert.equal(ok(year.threeYearAverage).value, 120);
  // 2021/22 would need 2018/19 to 2020/21; the data starts in April 2020.
  const early = (await compute('2021/22')).measures[0]!.figures!;
  assert.equal(early.threeYearAverage.status, 'not_enough_history');
  const month = (await compute('2024-03')).measures[0]!.figures!;
  assert.equal(ok(month.current).value, 16);
  assert.equal(ok(month.previous).value, 10);
});

test('satisfaction: the rolling 6-month rate against the workspace target', async () => {
  const result = await compute('Q4 2023/24', [satisfaction]);
  const measure = result.measures[0]!;
  const f = measure.figures!;
  assert.equal(ok(f.current).value, 75);
  assert.equal(ok(f.current).text, '75%');
  assert.equal(ok(f.rolling).months, 6);
  const target = ok(f.target);
  assert.equal(target.target, 80);
  assert.equal(target.source, 'workspace');
  assert.equal(target.gap, -5);
  assert.equal(target.met, false);
  assert.equal(measure.rateDefinition?.rollingMonths, 6);
});

test('statuses: external, not applicable, source not loaded; sensitive measures are marked', async () => {
  const result = await compute('Q4 2023/24', [external, notApplicable, policeUk, sensitive]);
  const [ext, na, puk, sens] = result.measures;
  assert.equal(ext?.status, 'external');
  assert.equal(ext?.statusText, 'Held by NHS England.');
  assert.equal(na?.status, 'not_applicable');
  assert.equal(na?.statusText, 'The data covers England only.');
  assert.equal(puk?.status, 'source_not_loaded');
  // Plain words for the public; the exact internal problem goes to the CLI.
  assert.match(puk?.statusText ?? '', /data\.police\.uk street-level crime files, which are not yet loaded/);
  assert.doesNotMatch(puk?.statusText ?? '', /police_uk_street|puk/);
  assert.ok(result.problems.some((p) => p.code === 'measures.source-not-loaded' && p.field === 'puk'));
  assert.equal(sens?.classification, 'OFFICIAL-SENSITIVE');
  assert.equal(sens?.public, false);
  assert.equal(result.measures.filter((x) => x.public).length, 3);
});

test('a period outside the data says which months exist', async () => {
  await assert.rejects(compute('Q1 2030/31'), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    const problem = error.problems[0]!;
    assert.equal(problem.code, 'measures.period-outside-data');
    assert.match(problem.message, /force_crimes 2020-04 to 2024-03/);
    return true;
  });
});

test('a period the source covers only in part gives a status, not a partial figure', async () => {
  // The OCG file covers January and February 2024 only: Q4 2023/24 also needs March.
  const result = await compute('Q4 2023/24', [disruptions]);
  assert.equal(result.measures[0]?.status, 'period_not_covered');
  assert.match(result.measures[0]?.statusText ?? '', /runs from January 2024 to February 2024/);
  assert.ok(result.problems.some((p) => /2024-01 to 2024-02/.test(p.message)));
  assert.equal(result.measures[0]?.series?.length, 2);
});
