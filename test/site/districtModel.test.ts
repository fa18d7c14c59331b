/**
 * The district figures the site shows are worked out once, when the site model is gathered
 * (src/jobs/site/gather), from the series the publication filter let through: the model carries
 * them for every district of every measure with district pages, equal to the measures function run
 * here on the model's own series and settings, and none for an OFFICIAL-SENSITIVE measure, even one
 * with enough crimes for district pages. The pages and downloads only read them (a layer rule).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { computeFigures, type SiteFigures } from '../../src/jobs/site/gather/figuresCache.js';
import { gatherSite } from '../../src/jobs/site/gather/gatherSite.js';
import { districtFigures, districtMeasures } from '../../src/measures/districtFigures.js';
import type { MeasureJson } from '../../src/measures/result.js';
import type { SiteModel } from '../../src/site/model.js';
import type { WorkspaceConfig } from '../../src/workspace/config.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import type { WorkspacePaths } from '../../src/workspace/paths.js';
import { demoWorkspace, QUARTER_PERIOD, SENSITIVE_ID } from './fixture.js';

const BURGLARY = 'residential_burglary';
const options = { period: QUARTER_PERIOD, now: new Date('2023-04-21T10:00:00Z'), version: 'test' };

let paths: WorkspacePaths;
let config: WorkspaceConfig;
let figures: SiteFigures;

before(async () => {
  paths = await demoWorkspace();
  config = loadConfig(paths.config);
  figures = await computeFigures(paths, config, options);
});

async function modelOf(given: SiteFigures): Promise<SiteModel> {
  const { model } = await gatherSite(paths, config, { ...options, figures: async () => given });
  return model;
}

test('the model carries the figures of every district of every district measure, as the measures work them out', async () => {
  const model = await modelOf(figures);
  const { significanceLevel, threeYearAverage } = model.result.settings;
  const expected = districtMeasures(model.result.measures, model.districtSeries);
  assert.ok(
    expected.some((m) => m.id === BURGLARY),
    'burglary has district pages in the demo',
  );
  assert.ok(model.districts.length > 1);
  assert.deepEqual(
    [...model.districtFigures.keys()],
    expected.map((m) => m.id),
  );
  for (const measure of expected) {
    const byDistrict = model.districtFigures.get(measure.id);
    assert.deepEqual(
      [...(byDistrict?.keys() ?? [])],
      model.districts.map((d) => d.slug),
      measure.id,
    );
  }
  const burglary = expected.find((m) => m.id === BURGLARY)!;
  for (const district of model.districts) {
    const computed = districtFigures(
      burglary,
      district,
      model.districtSeries,
      model.period,
      significanceLevel,
      threeYearAverage,
    );
    const carried = model.districtFigures.get(BURGLARY)?.get(district.slug);
    assert.deepEqual(carried, computed, district.name);
    // Real figures, not an empty shell: a year against a year, with each last-year month's average.
    assert.ok(computed.latest && computed.previous && computed.comparison, district.name);
    assert.ok(
      computed.months.slice(-12).every((m) => m.threeYearAverage !== undefined),
      district.name,
    );
  }
});

/** The figures as if the sensitive measure counted as many crimes as burglary, district by district. */
function withBusySensitiveMeasure(given: SiteFigures): SiteFigures {
  const burglary = given.result.measures.find((m) => m.id === BURGLARY)!;
  const measures = given.result.measures.map(
    (m): MeasureJson => (m.id === SENSITIVE_ID ? { ...m, status: 'ok', figures: burglary.figures! } : m),
  );
  const rows = given.districtSeries.rows.filter((r) => r.measureId !== SENSITIVE_ID);
  const copied = rows.filter((r) => r.measureId === BURGLARY).map((r) => ({ ...r, measureId: SENSITIVE_ID }));
  return {
    ...given,
    result: { ...given.result, measures },
    districtSeries: { months: given.districtSeries.months, rows: [...rows, ...copied] },
  };
}

test('an OFFICIAL-SENSITIVE measure has no district figures in the model, however many crimes it counts', async () => {
  const busy = withBusySensitiveMeasure(figures);
  const sensitive = busy.result.measures.find((m) => m.id === SENSITIVE_ID);
  assert.equal(sensitive?.classification, 'OFFICIAL-SENSITIVE');
  // Unfiltered, it would have district pages: so only the publication filter keeps it out.
  assert.ok(districtMeasures(busy.result.measures, busy.districtSeries).some((m) => m.id === SENSITIVE_ID));
  const model = await modelOf(busy);
  assert.ok(model.districtFigures.has(BURGLARY));
  assert.ok(!model.districtFigures.has(SENSITIVE_ID));
  for (const byDistrict of model.districtFigures.values())
    for (const f of byDistrict.values()) assert.notEqual(f.measure.id, SENSITIVE_ID);
});
