import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureSchema } from '../../src/catalogue/measures/schema.js';
import type { MeasureSeries } from '../../src/measures/fetchSeries.js';
import { baselineFigure } from '../../src/measures/figures/baselineFigure.js';
import type { PublishedTable } from '../../src/measures/published/publishedTables.js';
import { addMonths, quarterPeriod, rolling12Period } from '../../src/stats/calendar.js';

const burglary = measureSchema.parse({
  id: 'residential_burglary',
  title: 'Burglary (Home)',
  priority: 'neighbourhood_crime',
  kind: 'force_proxy',
  source: 'force_extract',
  selection: { offence_codes: ['28E'] },
  statistic: 'count',
  direction: 'down',
  classification: 'OFFICIAL',
  unit: 'offences',
  published_heading: 'Residential burglary',
});
const policeUkBurglary = measureSchema.parse({
  ...burglary,
  id: 'police_uk_burglary',
  source: 'police_uk',
  selection: { police_uk_categories: ['Burglary'] },
  published_heading: undefined,
});

/** A monthly series of `perMonth` from `first` to June 2025. */
function monthly(first: string, perMonth: number): MeasureSeries {
  const value = new Map<string, number>();
  for (let m = first; m <= '2025-06'; m = addMonths(m, 1)) value.set(m, perMonth);
  return { datasets: ['force_crimes'], frequency: 'month', value };
}

/** A published table of 12 months ending `last` with one heading for Shire. */
function table(last: string, heading: string, value: number): PublishedTable {
  return {
    title: `Table P1: number of offences, year ending ${last}`,
    tableName: 'P1',
    first: addMonths(last, -11),
    last,
    headings: new Map([
      [heading.toLowerCase(), new Map([['shire', { name: 'Shire', value, marker: null }]])],
    ]),
  };
}

const input = {
  forceSlug: 'shire',
  period: quarterPeriod(2025, 1),
  baseline: rolling12Period('2019-06'),
  alpha: 0.05,
  smallBelow: 10,
};

test('a series reaching back gives both 12 months from the same source', () => {
  const figure = baselineFigure({ ...input, measure: burglary, series: monthly('2018-01', 100), tables: [] });
  assert.ok(figure.status === 'ok');
  assert.equal(figure.latest.value, 1200);
  assert.equal(figure.baseline.value, 1200);
  assert.equal(figure.sameSource, true);
  assert.equal(figure.significance.verdict, 'within_normal_variation');
});

test('a series that starts after the baseline takes it from a published table of the same heading, naming both', () => {
  const figure = baselineFigure({
    ...input,
    measure: burglary,
    series: monthly('2022-01', 100),
    tables: [table('2019-06', 'Residential burglary', 2000)],
  });
  assert.ok(figure.status === 'ok');
  assert.equal(figure.latest.source, 'force_extract');
  assert.equal(figure.baseline.source, 'published_table');
  assert.equal(figure.sameSource, false);
  assert.equal(figure.difference, 1200 - 2000);
  assert.equal(figure.significance.verdict, 'significant_decrease');
});

test('a table of other months, or a baseline that no source reaches, gives no figure (never part of a year)', () => {
  for (const tables of [[], [table('2019-03', 'Residential burglary', 2000)]]) {
    const figure = baselineFigure({ ...input, measure: burglary, series: monthly('2018-08', 100), tables });
    assert.equal(figure.status, 'not_available');
  }
});

test("police.uk 'Burglary' is never set against recorded residential burglary", () => {
  const figure = baselineFigure({
    ...input,
    measure: policeUkBurglary,
    series: { ...monthly('2022-01', 100), datasets: ['police_uk_street'] },
    tables: [table('2019-06', 'Residential burglary', 2000), table('2019-06', 'Burglary', 3000)],
  });
  assert.equal(figure.status, 'not_available');
});
