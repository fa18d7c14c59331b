import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spcWindow } from '../../src/measures/figures/spcFigure.js';
import { assuranceDrawing, variationDrawing } from '../../src/report/charts/mdcIconNames.js';
import { computeSpc } from '../../src/stats/spc/index.js';
import { pack, result } from './helpers/fixture.js';

const DIRECTION = { up: 'increase', down: 'decrease', neutral: 'neutral' } as const;

/** The SPC of a measure computed again from its monthly series, as the stats layer defines it. */
function spcAgain(id: string) {
  const measure = result.measures.find((m) => m.id === id)!;
  const spc = measure.figures!.spc as unknown as { options: Record<string, unknown> };
  const target = measure.figures!.target;
  const held = measure.series!.filter((p) => p.month <= result.period.last && p.value !== null);
  const points = spcWindow(held, spc.options.windowMonths as number | null | undefined).map((p) => ({
    date: p.month,
    value: p.value!,
  }));
  return computeSpc(points, {
    improvementDirection: DIRECTION[measure.direction],
    fixAfterNPoints: spc.options.baselinePoints as number,
    shiftLength: spc.options.shiftLength as number,
    trendLength: spc.options.trendLength as number,
    screenOutliers: spc.options.screenOutliers as boolean,
    target: target.status === 'ok' ? target.target : null,
  });
}

test('every icon on the board is the icon of the SPC computed from the series behind it', () => {
  const rows = pack({ classification: 'OFFICIAL-SENSITIVE' }).groups.flatMap((g) => g.rows);
  assert.equal(rows.length, 12);
  for (const row of rows) {
    const spc = spcAgain(row.measure.id);
    assert.equal(row.variation, variationDrawing(spc.variation?.icon), `${row.measure.id}: variation`);
    assert.equal(row.assurance, assuranceDrawing(spc.assurance?.icon), `${row.measure.id}: assurance`);
    // An exception exactly when the latest point is special cause or the target is consistently failed.
    const special = spc.points.at(-1)!.specialCauseFlag;
    const failing = spc.assurance?.icon === 'fail';
    assert.equal(row.reasons.length > 0, special || failing, `${row.measure.id}: exception`);
  }
});

test('the icons of the demo read as NHS England names them', () => {
  const rows = new Map(
    pack()
      .groups.flatMap((g) => g.rows)
      .map((r) => [r.measure.id, r]),
  );
  // Knife crime (down is good) ended above its upper limit: a concern, high.
  assert.equal(rows.get('knife_crime')?.variation, 'concern-high');
  // Children safeguarded has no good direction: special cause, neither improvement nor concern.
  assert.equal(rows.get('children_safeguarded')?.variation, 'neither-high');
  // Hate crime satisfaction's upper process limit (95.1%) is below its 96% target: it will consistently fail.
  assert.equal(rows.get('satisfaction_hate_crime')?.assurance, 'fail');
  assert.equal(rows.get('satisfaction_domestic_abuse')?.assurance, 'hit-and-miss');
  // Homicide has no target, so no assurance icon, and says why.
  assert.equal(rows.get('homicide')?.assurance, undefined);
  assert.equal(rows.get('homicide')?.assuranceAbsent, 'No target');
});

test('within each priority the exceptions come first, the most pressing first, then catalogue order', () => {
  const order = pack().groups.map((g) => [g.priority, g.rows.map((r) => r.measure.id)]);
  assert.deepEqual(order, [
    ['homicide', ['homicide']],
    ['serious_violence', ['robbery_action_taken', 'knife_crime', 'violence_with_injury']],
    ['drugs_county_lines', ['children_safeguarded', 'ocg_disruptions']],
    [
      'neighbourhood_crime',
      ['residential_burglary', 'police_uk_theft_from_the_person', 'police_uk_burglary'],
    ],
    // A failing target is more pressing than an improvement, whatever the catalogue order.
    ['victim_satisfaction', ['satisfaction_hate_crime', 'satisfaction_domestic_abuse']],
  ]);
});

test('--exceptions-only keeps the exceptions alone and counts what it left out', () => {
  const board = pack({ exceptionsOnly: true });
  const ids = board.groups.flatMap((g) => g.rows.map((r) => r.measure.id));
  assert.deepEqual(ids, [
    'robbery_action_taken',
    'knife_crime',
    'children_safeguarded',
    'residential_burglary',
    'police_uk_theft_from_the_person',
    'satisfaction_hate_crime',
    'satisfaction_domestic_abuse',
  ]);
  assert.equal(board.hiddenRows, 4);
  // A priority with no exception disappears rather than showing an empty table.
  assert.ok(!board.groups.some((g) => g.priority === 'homicide'));
});

test('OFFICIAL-SENSITIVE measures appear only on a board marked OFFICIAL-SENSITIVE', () => {
  const ids = (p: ReturnType<typeof pack>) => p.groups.flatMap((g) => g.rows.map((r) => r.measure.id));
  const official = pack();
  assert.equal(official.classification, 'OFFICIAL');
  assert.ok(!ids(official).includes('domestic_abuse_knife_crime'));
  assert.equal(official.withheld, 1);
  const sensitive = pack({ classification: 'OFFICIAL-SENSITIVE' });
  assert.ok(ids(sensitive).includes('domestic_abuse_knife_crime'));
  assert.equal(sensitive.withheld, 0);
});

test('open questions are counted per measure, and the column exists only with governance records', () => {
  const rows = new Map(
    pack()
      .groups.flatMap((g) => g.rows)
      .map((r) => [r.measure.id, r]),
  );
  assert.deepEqual(
    rows.get('robbery_action_taken')?.questions?.map((q) => q.id),
    ['SQ-001'],
  );
  // Partly assured is not closed: the OPCC still monitors it.
  assert.deepEqual(
    rows.get('satisfaction_domestic_abuse')?.questions?.map((q) => q.id),
    ['SQ-003'],
  );
  assert.equal(rows.get('knife_crime')?.questions?.length, 0);
  const without = pack({ governance: false });
  assert.equal(without.hasQuestions, false);
  assert.ok(without.groups.every((g) => g.rows.every((r) => r.questions === undefined)));
});

test('measures without figures are listed with the reason, not as rows', () => {
  const board = pack();
  assert.deepEqual(
    board.unavailable.map((u) => u.title),
    [
      'Hospital admissions of under-25s for assault by a sharp object',
      'Confidence in the law enforcement response to cyber crime',
    ],
  );
  assert.match(board.unavailable[0]!.reason, /NHS Hospital Episode Statistics/);
});
