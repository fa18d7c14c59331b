/** The verdict in words: its basis, small numbers as counts, and the reconciling sentence. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countsChange,
  countsLabel,
  reconcileSentence,
  verdictSentence,
} from '../../src/narrative/sentences/verdict.js';
import { measureVerdict } from '../../src/stats/verdict.js';
import { periodTest } from '../helpers/periodTest.js';

test('small numbers read as counts, singular where one', () => {
  assert.equal(countsChange(1, 3, 'homicides'), '1 homicide, down from 3');
  assert.equal(countsChange(4, 1, 'children', 'Q2 2025/26'), '4 children, up from 1 in Q2 2025/26');
  assert.equal(countsChange(1, 1, 'children'), '1 child, the same as');
  assert.equal(countsLabel(1, 3), 'Down from 3 to 1');
  assert.doesNotMatch(countsChange(1, 3, 'homicides'), /%/);
});

test('the verdict sentence says which test it rests on', () => {
  const noise = measureVerdict({ direction: 'down', periodTest: periodTest(3, 1), smallNumbersBelow: 10 });
  assert.equal(
    verdictSentence(noise),
    'Verdict: No real change. Against Q2 2025/26 the difference is within normal variation (an exact test of the two counts).',
  );
  const worse = measureVerdict({
    direction: 'down',
    periodTest: periodTest(400, 520),
    smallNumbersBelow: 10,
  });
  assert.match(
    verdictSentence(worse),
    /^Verdict: Worse\. Against Q2 2025\/26 the change is statistically significant/,
  );
  const spc = measureVerdict({
    direction: 'up',
    latestPoint: { month: '2026-09', pointType: 'special_cause_concern', rules: ['shift'] },
    smallNumbersBelow: 10,
  });
  assert.equal(
    verdictSentence(spc),
    'Verdict: Worse. September 2026 is a special cause signal of concern on the SPC chart.',
  );
});

test('one reconciling sentence when the period test and the SPC chart disagree, none when they agree', () => {
  const latest = (pointType: string, rules: string[]) => ({ month: '2026-09', pointType, rules });
  const shift = measureVerdict({
    direction: 'down',
    periodTest: periodTest(186, 214),
    latestPoint: latest('special_cause_improvement', ['shift']),
    smallNumbersBelow: 10,
  });
  assert.equal(
    reconcileSentence(shift, { shiftLength: 7, trendLength: 7 }),
    "The SPC chart, which judges each month against the chart's own earlier months rather than against a year earlier, shows a signal of improvement: counts have stayed below the chart's average for 7 or more months.",
  );
  const outside = measureVerdict({
    direction: 'down',
    periodTest: periodTest(186, 214),
    latestPoint: latest('special_cause_concern', ['outside_limits', 'shift']),
    smallNumbersBelow: 10,
  });
  assert.match(reconcileSentence(outside) ?? '', /September 2026 is above the upper limit of the chart\.$/);
  const overPeriod = measureVerdict({
    direction: 'down',
    periodTest: periodTest(400, 520),
    latestPoint: latest('common_cause', []),
    smallNumbersBelow: 10,
  });
  assert.match(reconcileSentence(overPeriod) ?? '', /across the period as a whole/);
  const agree = measureVerdict({
    direction: 'down',
    periodTest: periodTest(186, 190),
    latestPoint: latest('common_cause', []),
    smallNumbersBelow: 10,
  });
  assert.equal(reconcileSentence(agree), undefined);
  // A rate judged by SPC that moved the other way on a year earlier.
  const rate = measureVerdict({
    direction: 'up',
    periodChange: { direction: 'increase', comparedWith: 'Q2 2025/26' },
    latestPoint: latest('special_cause_concern', ['shift']),
    smallNumbersBelow: 10,
  });
  assert.equal(rate.verdict, 'worse');
  assert.match(
    reconcileSentence(rate) ?? '',
    /^The rate is higher than in Q2 2025\/26, but the SPC chart, .* shows a signal of concern: the rate has stayed below the chart's average for 7 or more months\.$/,
  );
});
