/** The one verdict per measure: which test decides, what it says, when the two tests disagree. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { measureVerdict, spcSignalOf } from '../../src/stats/verdict.js';
import { periodTest } from '../helpers/periodTest.js';

const BELOW = 10;

const common = { month: '2026-09', pointType: 'common_cause', rules: [] };

test('a large percentage on small counts is no real change, in counts, whatever its direction', () => {
  // Homicide 3 → 1 is "down 67%" and not significant: never "better".
  const v = measureVerdict({ direction: 'down', periodTest: periodTest(3, 1), smallNumbersBelow: BELOW });
  assert.equal(v.verdict, 'no_real_change');
  assert.equal(v.basis, 'significance');
  assert.equal(v.smallNumbers, true);
  assert.equal(v.agreement, 'single');
});

test('a significant change is better or worse by the direction of good, higher or lower when neutral', () => {
  const rise = periodTest(400, 520);
  assert.equal(rise.significant, true);
  assert.equal(
    measureVerdict({ direction: 'down', periodTest: rise, smallNumbersBelow: BELOW }).verdict,
    'worse',
  );
  assert.equal(
    measureVerdict({ direction: 'up', periodTest: rise, smallNumbersBelow: BELOW }).verdict,
    'better',
  );
  assert.equal(
    measureVerdict({ direction: 'neutral', periodTest: rise, smallNumbersBelow: BELOW }).verdict,
    'higher',
  );
  const fall = periodTest(520, 400);
  assert.equal(
    measureVerdict({ direction: 'down', periodTest: fall, smallNumbersBelow: BELOW }).verdict,
    'better',
  );
  assert.equal(
    measureVerdict({ direction: 'down', periodTest: fall, smallNumbersBelow: BELOW }).smallNumbers,
    false,
  );
});

test('the period test decides for counts; an SPC signal against it is a disagreement, not a verdict', () => {
  const noise = periodTest(200, 230);
  assert.equal(noise.significant, false);
  const v = measureVerdict({
    direction: 'down',
    periodTest: noise,
    latestPoint: { month: '2026-09', pointType: 'special_cause_improvement', rules: ['shift'] },
    smallNumbersBelow: BELOW,
  });
  assert.equal(v.verdict, 'no_real_change');
  assert.equal(v.agreement, 'disagree');
  assert.deepEqual(v.spc, { month: '2026-09', signal: 'improvement', side: 'down', rules: ['shift'] });
  assert.equal(v.label, 'No real change');

  const agree = measureVerdict({
    direction: 'down',
    periodTest: noise,
    latestPoint: common,
    smallNumbersBelow: BELOW,
  });
  assert.equal(agree.agreement, 'agree');

  // Significant rise, latest month common cause: the change is over the period, not one month.
  const rise = measureVerdict({
    direction: 'down',
    periodTest: periodTest(400, 520),
    latestPoint: common,
    smallNumbersBelow: BELOW,
  });
  assert.equal(rise.verdict, 'worse');
  assert.equal(rise.agreement, 'disagree');

  // Both find a real change, opposite ways.
  const opposite = measureVerdict({
    direction: 'down',
    periodTest: periodTest(400, 520),
    latestPoint: { month: '2026-09', pointType: 'special_cause_improvement', rules: ['outside_limits'] },
    smallNumbersBelow: BELOW,
  });
  assert.equal(opposite.verdict, 'worse');
  assert.equal(opposite.agreement, 'disagree');

  const same = measureVerdict({
    direction: 'down',
    periodTest: periodTest(400, 520),
    latestPoint: { month: '2026-09', pointType: 'special_cause_concern', rules: ['outside_limits'] },
    smallNumbersBelow: BELOW,
  });
  assert.equal(same.agreement, 'agree');
});

test('without a period test the SPC chart decides; without either, not assessed', () => {
  const v = (pointType: string, direction: 'up' | 'down' | 'neutral' = 'up') =>
    measureVerdict({
      direction,
      latestPoint: { month: '2026-09', pointType, rules: [] },
      smallNumbersBelow: BELOW,
    });
  assert.equal(v('special_cause_improvement').verdict, 'better');
  assert.equal(v('special_cause_concern').verdict, 'worse');
  assert.equal(v('special_cause_neutral_high', 'neutral').verdict, 'higher');
  assert.equal(v('special_cause_neutral_low', 'neutral').verdict, 'lower');
  assert.equal(v('common_cause').verdict, 'no_real_change');
  assert.equal(v('common_cause').basis, 'spc');
  assert.equal(v('common_cause').smallNumbers, false);
  const rate = (direction: 'increase' | 'decrease', pointType: string) =>
    measureVerdict({
      direction: 'up',
      periodChange: { direction, comparedWith: 'Q2 2025/26' },
      latestPoint: { month: '2026-09', pointType, rules: ['shift'] },
      smallNumbersBelow: BELOW,
    }).agreement;
  assert.equal(rate('increase', 'special_cause_concern'), 'disagree');
  assert.equal(rate('decrease', 'special_cause_concern'), 'agree');
  assert.equal(rate('increase', 'common_cause'), 'agree');
  const none = measureVerdict({ direction: 'up', smallNumbersBelow: BELOW });
  assert.deepEqual([none.verdict, none.basis], ['not_assessed', 'none']);
});

test('SPC sides follow the direction of good', () => {
  assert.equal(spcSignalOf('special_cause_improvement', 'up').side, 'up');
  assert.equal(spcSignalOf('special_cause_improvement', 'down').side, 'down');
  assert.equal(spcSignalOf('special_cause_concern', 'down').side, 'up');
  assert.equal(spcSignalOf('common_cause', 'down').side, 'none');
});

test('property: never better or worse unless a test found a real change; small numbers at the threshold', () => {
  fc.assert(
    fc.property(fc.nat(60), fc.nat(60), fc.constantFrom('up', 'down', 'neutral'), (a, b, direction) => {
      const t = periodTest(a, b);
      const v = measureVerdict({ direction: direction as 'up', periodTest: t, smallNumbersBelow: BELOW });
      assert.equal(v.verdict === 'no_real_change', !t.significant || t.direction === 'none');
      if (direction === 'neutral') assert.ok(!['better', 'worse'].includes(v.verdict));
      assert.equal(v.smallNumbers, a < BELOW || b < BELOW);
    }),
    { seed: 18, numRuns: 300 },
  );
});
