/**
 * A district's monthly 3-year averages are worked out by the measures layer (districtFigures), with
 * the stats function and the workspace's definition, and the district page's chart draws exactly
 * those the site model carries: the site computes none of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DistrictFigures, districtFigures } from '../../src/measures/districtFigures.js';
import type { MeasureJson } from '../../src/measures/result.js';
import { ChartCache } from '../../src/site/charts/chartCache.js';
import type { ChartInput } from '../../src/site/charts/chartInputs.js';
import type { SiteModel } from '../../src/site/model.js';
import type { SiteContext } from '../../src/site/pages/context.js';
import { districtMeasurePage } from '../../src/site/pages/districtPages.js';
import { addMonths, type Month, monthPeriod, quarterPeriod } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';
import { type ThreeYearAverageDefinition, threeYearAverage } from '../../src/stats/threeYearAverage.js';

const burglary = { id: 'residential_burglary', title: 'Burglary (Home)', status: 'ok' } as MeasureJson;
const northwold = { name: 'Northwold', slug: 'northwold', population: 100_000 };
const period = quarterPeriod(2023, 4); // Q4 2023/24, ending March 2024
// Four years of months, April 2020 to March 2024: only the last year has three years before it.
const months = Array.from({ length: 48 }, (_, i) => addMonths('2020-04', i));
// Seasonal and rising, so the two definitions of the average give different values.
const counts = months.map((_, i) => 20 + ((i * 7) % 12) + Math.floor(i / 4));
const series = {
  months,
  rows: [
    { measureId: burglary.id, district: 'Northwold', counts },
    { measureId: burglary.id, district: 'Elmsworth', counts: months.map(() => 10) },
  ],
};
/** The district's own series, built here from its counts, as the stats function takes it. */
const own = monthlySeries(months.map((m, i) => [m, counts[i]!] as const));

function monthOf(f: DistrictFigures, month: Month) {
  const found = f.months.find((m) => m.month === month);
  assert.ok(found, `no ${month} in the district's months`);
  return found;
}

test("a district's months carry the 3-year average of its own counts where three years are held", () => {
  for (const definition of ['same_month', 'previous_36_months'] as const) {
    const f = districtFigures(burglary, northwold, series, period, 0.05, definition);
    assert.equal(f.months.length, 48);
    // Every month of the last year has one, equal to the stats function's over the district's counts.
    for (const m of f.months.slice(36)) {
      const average = threeYearAverage(own, monthPeriod(m.month), definition);
      assert.equal(average.status, 'complete', m.month);
      assert.equal(m.threeYearAverage, average.status === 'complete' ? average.value : undefined);
    }
    // March 2023 lacks March 2020 (or 36 months before it): no average, not a shorter one.
    assert.equal(threeYearAverage(own, monthPeriod('2023-03'), definition).status, 'not_enough_history');
    assert.ok(!('threeYearAverage' in monthOf(f, '2023-03')));
    assert.ok(f.months.slice(0, 36).every((m) => m.threeYearAverage === undefined));
  }
  // 'same_month' is the mean of March 2021, 2022 and 2023, counted here from the counts themselves.
  const march = [12, 24, 36].map((i) => counts[i - 1]!);
  const sameMonth = districtFigures(burglary, northwold, series, period, 0.05, 'same_month');
  assert.equal(monthOf(sameMonth, '2024-03').threeYearAverage, (march[0]! + march[1]! + march[2]!) / 3);
  const previous36 = districtFigures(burglary, northwold, series, period, 0.05, 'previous_36_months');
  assert.notEqual(
    monthOf(previous36, '2024-03').threeYearAverage,
    monthOf(sameMonth, '2024-03').threeYearAverage,
  );
  // Without a definition (a data file's months) no month carries one.
  const bare = districtFigures(burglary, northwold, series, period, 0.05);
  assert.ok(bare.months.every((m) => !('threeYearAverage' in m)));
});

/** Draws the charts as the site does, and keeps what each was given. */
class RecordingCharts extends ChartCache {
  readonly inputs: ChartInput[] = [];
  override chart(chart: ChartInput) {
    this.inputs.push(chart);
    return super.chart(chart);
  }
}

function contextFor(charts: ChartCache, definition: ThreeYearAverageDefinition): SiteContext {
  // Only what a district page reads; the rest of the site is not needed here. The district figures
  // are worked out as the gather step does (jobs/site/gather), the page only reads them.
  const figures = districtFigures(burglary, northwold, series, period, 0.05, definition);
  const model: Partial<SiteModel> = {
    period,
    districtSeries: series,
    districtFigures: new Map([[burglary.id, new Map([[northwold.slug, figures]])]]),
    force: { name: 'Midshire Police', area: 'Midshire', population: 500_000 },
  };
  const context: Partial<SiteContext> = {
    model: model as SiteModel,
    charts,
    alpha: 0.05,
    threeYearAverage: definition,
  };
  return context as SiteContext;
}

test("the district page's chart draws the averages the district figures carry", async () => {
  for (const definition of ['same_month', 'previous_36_months'] as const) {
    const charts = new RecordingCharts(undefined, 'test');
    const page = await districtMeasurePage(contextFor(charts, definition), burglary, northwold);
    assert.match(page.body, /with the 3-year average/);
    const [drawn] = charts.inputs;
    assert.equal(charts.inputs.length, 1);
    assert.equal(drawn?.kind, 'volumes');
    if (drawn?.kind !== 'volumes') return;
    const f = districtFigures(burglary, northwold, series, period, 0.05, definition);
    // The last 36 months are drawn: 24 without an average, 12 with the district's own.
    assert.equal(drawn.input.points.length, 36);
    assert.equal(drawn.input.points.filter((p) => p.threeYearAverage !== undefined).length, 12);
    for (const point of drawn.input.points) {
      assert.equal(point.count, monthOf(f, point.month).count, point.month);
      assert.equal(point.threeYearAverage, monthOf(f, point.month).threeYearAverage, point.month);
    }
  }
});
