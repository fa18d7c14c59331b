import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseGovernance } from '../../src/governance/load.js';
import { carriedQuestions } from '../../src/governance/queries/openQuestions.js';

const QUESTIONS = `questions:
  - id: A
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [robbery_action_taken]
    text: the measures taken to improve action taken rates for robbery
  - id: B
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [satisfaction_burglary, satisfaction_domestic_abuse]
    text: victim satisfaction rates
    response: { text: Burglaries now go to detectives., date: 2023-12-05 }
    status: assured
  - id: C
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [vehicle_offences_action_taken]
    text: action taken rates for vehicle crime
    response: { text: A problem-solving plan is in place., date: 2023-12-01 }
    status: closed
    closed: 2024-02-20
  - id: D
    raised_in: { report: OPCC Performance Scrutiny report, period: Q3 2023/24 }
    date: 2024-02-13
    text: the publication of the force's performance framework
`;
const known = new Set([
  'robbery_action_taken',
  'satisfaction_burglary',
  'satisfaction_domestic_abuse',
  'vehicle_offences_action_taken',
]);
const records = parseGovernance({ 'questions.yaml': QUESTIONS }, 'governance', { knownMeasures: known });
const listed = (asOf: string) => carriedQuestions(records, asOf).questions.map((q) => `${q.id}:${q.status}`);

test('a question is carried from the quarter it was raised for until the quarter it is closed in', () => {
  assert.deepEqual(listed('Q1 2023/24'), []);
  assert.deepEqual(listed('Q2 2023/24'), ['A:open', 'B:open', 'C:open']);
  assert.deepEqual(listed('Q3 2023/24'), ['A:open', 'B:assured', 'C:answered', 'D:open']);
  assert.deepEqual(listed('Q4 2023/24'), ['A:open', 'B:assured', 'C:closed', 'D:open']);
  assert.deepEqual(listed('Q1 2024/25'), ['A:open', 'B:assured', 'D:open']);
  assert.deepEqual(listed('2024/25'), ['A:open', 'B:assured', 'D:open']);
});

test('a question is listed for the period of the report it was raised in, even when dated after that period', () => {
  // D was raised on 2024-02-13 (in Q4) in the report on Q3: it belongs in the Q3 listing, not only from Q4.
  const d = carriedQuestions(records, 'Q3 2023/24').questions.find((q) => q.id === 'D');
  assert.equal(d?.raisedOn, '2024-02-13');
  assert.equal(d?.status, 'open');
  assert.equal(
    carriedQuestions(records, 'Q2 2023/24').questions.find((q) => q.id === 'D'),
    undefined,
  );
});

test('an answer appears only from the quarter it arrived in, with its text and date', () => {
  const q2 = carriedQuestions(records, 'Q2 2023/24').questions.find((q) => q.id === 'B');
  assert.equal(q2?.response, undefined);
  const q3 = carriedQuestions(records, 'Q3 2023/24').questions.find((q) => q.id === 'B');
  assert.deepEqual(q3?.response, { text: 'Burglaries now go to detectives.', date: '2023-12-05' });
  assert.equal(q3?.stillMonitored, true);
  assert.equal(q3?.raisedIn, 'Q2 2023/24 OPCC Performance Scrutiny report');
  const closing = carriedQuestions(records, 'Q4 2023/24').questions.find((q) => q.id === 'C');
  assert.equal(closing?.closed, '2024-02-20');
  assert.equal(closing?.stillMonitored, false);
});

test('by date: listed while open, gone from the day it is closed', () => {
  assert.deepEqual(listed('2023-11-13'), []);
  assert.deepEqual(listed('2024-02-19'), ['A:open', 'B:assured', 'C:answered', 'D:open']);
  assert.deepEqual(listed('2024-02-20'), ['A:open', 'B:assured', 'D:open']);
});

test('grouped by measure in the statement order, a question under each of its measures; none-measure ones apart', () => {
  const carried = carriedQuestions(records, 'Q4 2023/24', {
    measureOrder: ['vehicle_offences_action_taken', 'robbery_action_taken'],
  });
  assert.deepEqual(
    carried.byMeasure.map((m) => [m.measure, m.questions.map((q) => q.id)]),
    [
      ['vehicle_offences_action_taken', ['C']],
      ['robbery_action_taken', ['A']],
      ['satisfaction_burglary', ['B']],
      ['satisfaction_domestic_abuse', ['B']],
    ],
  );
  assert.deepEqual(
    carried.general.map((q) => q.id),
    ['D'],
  );
  assert.equal(carried.seenOn, '2024-03-31');
});

// Quarters Q1 2022/23 .. Q4 2025/26 as labels and last days.
const QUARTERS = [2022, 2023, 2024, 2025].flatMap((y) =>
  [1, 2, 3, 4].map((q) => ({
    label: `Q${q} ${y}/${String((y + 1) % 100).padStart(2, '0')}`,
    index: (y - 2022) * 4 + q - 1,
  })),
);

test('property: a question is listed in one unbroken run of quarters, ending with the quarter it closes in', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 11 }),
      fc.integer({ min: 0, max: 400 }),
      fc.boolean(),
      (raisedQ, daysOpen, closes) => {
        const quarter = QUARTERS[raisedQ];
        assert.ok(quarter);
        const [fy, qn] = [Number(quarter.label.slice(3, 7)), Number(quarter.label[1])];
        // Raised in the month after its quarter ends.
        const endMonth =
          qn === 4 ? new Date(Date.UTC(fy + 1, 3, 14)) : new Date(Date.UTC(fy, 3 * qn + 3, 14));
        const raised = endMonth.toISOString().slice(0, 10);
        const closed = new Date(endMonth.getTime() + daysOpen * 86_400_000).toISOString().slice(0, 10);
        const question = {
          id: 'X',
          kind: 'question' as const,
          raised_in: { report: 'r', period: quarter.label },
          date: raised,
          measures: [],
          text: 't',
          status: closes ? ('closed' as const) : ('open' as const),
          follow_ups: [],
          ...(closes ? { closed } : {}),
        };
        const run = QUARTERS.filter(
          (q) => carriedQuestions({ questions: [question] }, q.label).questions.length === 1,
        ).map((q) => q.index);
        assert.equal(run[0], raisedQ);
        assert.deepEqual(
          run,
          run.map((_, i) => raisedQ + i),
        );
        const last = QUARTERS.find((q) => q.index === run.at(-1));
        if (closes && closed <= '2026-03-31') {
          const lastListing = carriedQuestions({ questions: [question] }, last?.label ?? '').questions[0];
          assert.equal(lastListing?.status, 'closed');
        } else assert.equal(run.at(-1), QUARTERS.length - 1);
      },
    ),
    { seed: 20240620, numRuns: 300 },
  );
});
