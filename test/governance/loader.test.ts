import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Problem } from '../../src/errors/problem.js';
import { checkGovernance, type GovernanceTexts, parseGovernance } from '../../src/governance/load.js';

const DIR = 'ws/governance';
const knownMeasures = new Set([
  'robbery_action_taken',
  'vehicle_offences_action_taken',
  'violence_with_injury',
]);

const MEETINGS = `meetings:
  - id: gpb-2023-11
    type: gpb
    date: 2023-11-08
    focus_topic: Cyber crime and fraud
  - id: panel-2024-03-07
    type: panel
    date: 2024-03-07
`;

const QUESTIONS = `# questions raised with the force
questions:
  - id: SQ-001
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    meeting: gpb-2023-11
    measures: [robbery_action_taken]
    text: the specific measures the force were taking to improve the action taken rates for robbery
    status: open
  - id: SQ-002
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [vehicle_offences_action_taken]
    text: vehicle crime action taken rates
    response: { text: A plan is in place., date: 2024-01-10 }
    status: answered
`;

function problemsOf(texts: GovernanceTexts): Problem[] {
  return [...checkGovernance(texts, DIR, { knownMeasures }).problems];
}

/** The only problem, checked for its file, line and field. */
function single(texts: GovernanceTexts, file: string, line: number, field: string): Problem {
  const problems = problemsOf(texts);
  assert.equal(problems.length, 1, problems.map((p) => `${p.line}: ${p.field}: ${p.message}`).join('\n'));
  const [p] = problems;
  assert.ok(p);
  assert.equal(p.file, join(DIR, file));
  assert.equal(p.line, line);
  assert.equal(p.field, field);
  return p;
}

test('a valid folder loads, and missing files hold no records', () => {
  const records = parseGovernance({ 'questions.yaml': QUESTIONS, 'meetings.yaml': MEETINGS }, DIR, {
    knownMeasures,
  });
  assert.deepEqual(
    records.questions.map((q) => [q.id, q.status, q.kind]),
    [
      ['SQ-001', 'open', 'question'],
      ['SQ-002', 'answered', 'question'],
    ],
  );
  assert.equal(records.meetings[0]?.status, 'held');
  assert.deepEqual(records.grants, []);
  assert.equal(records.plan, undefined);
  assert.deepEqual(parseGovernance({}, DIR, { knownMeasures }).questions, []);
});

test('an unknown measure id names questions.yaml, its line and the list item', () => {
  const texts = {
    'questions.yaml': QUESTIONS.replace('[vehicle_offences_action_taken]', '[vehicle_crime]'),
    'meetings.yaml': MEETINGS,
  };
  const p = single(texts, 'questions.yaml', 13, 'questions.1.measures.0');
  assert.equal(p.code, 'governance.unknown-measure');
  assert.equal(p.found, '"vehicle_crime"');
});

test('an unknown meeting id names the line of the meeting field', () => {
  const texts = {
    'questions.yaml': QUESTIONS,
    'meetings.yaml': MEETINGS.replace('id: gpb-2023-11', 'id: gpb-2023-12'),
  };
  const p = single(texts, 'questions.yaml', 6, 'questions.0.meeting');
  assert.equal(p.code, 'governance.unknown-meeting');
  assert.equal(p.found, '"gpb-2023-11"');
});

test('a question dated before the period it was raised for is outside the period', () => {
  const texts = {
    'questions.yaml': QUESTIONS.replace('date: 2023-11-14', 'date: 2023-06-30'),
    'meetings.yaml': MEETINGS,
  };
  const p = single(texts, 'questions.yaml', 5, 'questions.0.date');
  assert.equal(p.code, 'governance.date-outside-period');
  assert.equal(p.expected, 'a date on or after 2023-07-01');
  assert.equal(p.found, '2023-06-30');
});

test("a grant update dated outside the grant's period is reported with the period", () => {
  const grants = `grants:
  - id: hotspot-2024-25
    kind: grant_received
    provider: Home Office
    service: ASB Hotspot Response Fund
    amount: 1000000
    period: { from: 2024-04-01, to: 2025-03-31 }
    locations:
      - { town: Leamington, count: 6 }
    updates:
      - date: 2024-05-01
        text: Patrols began.
      - date: 2025-04-02
        text: Too late.
`;
  const p = single({ 'grants.yaml': grants }, 'grants.yaml', 13, 'grants.0.updates.1.date');
  assert.equal(p.code, 'governance.date-outside-period');
  assert.equal(p.expected, 'a date from 2024-04-01 to 2025-03-31');
});

test('a duplicate id points at the second use and the line of the first', () => {
  const texts = {
    'questions.yaml': QUESTIONS.replace('id: SQ-002', 'id: SQ-001'),
    'meetings.yaml': MEETINGS,
  };
  const p = single(texts, 'questions.yaml', 10, 'questions.1.id');
  assert.equal(p.code, 'governance.duplicate-id');
  assert.match(p.message, /line 3/);
});

test('a status that is not one of the allowed values is reported with the allowed ones', () => {
  const texts = {
    'questions.yaml': QUESTIONS.replace('status: open', 'status: pending'),
    'meetings.yaml': MEETINGS,
  };
  const p = single(texts, 'questions.yaml', 9, 'questions.0.status');
  assert.equal(p.code, 'governance.invalid');
  assert.equal(p.found, '"pending"');
  assert.match(p.expected ?? '', /open, answered, assured, partly_assured, not_assured, closed/);
});

test('a status the record does not support (answered without a response, closed without a date) is not allowed', () => {
  const noResponse = QUESTIONS.replace('    response: { text: A plan is in place., date: 2024-01-10 }\n', '');
  const p = single(
    { 'questions.yaml': noResponse, 'meetings.yaml': MEETINGS },
    'questions.yaml',
    15,
    'questions.1.status',
  );
  assert.equal(p.code, 'governance.status-not-allowed');
  const closed = QUESTIONS.replace('status: answered', 'status: closed');
  const q = single(
    { 'questions.yaml': closed, 'meetings.yaml': MEETINGS },
    'questions.yaml',
    16,
    'questions.1.status',
  );
  assert.match(q.message, /closed date/);
});

test('a misspelt field, a missing field and an impossible date are each reported on their own line', () => {
  const broken = QUESTIONS.replace(
    '    text: vehicle crime action taken rates\n',
    '    txt: vehicle crime action taken rates\n',
  ).replace('date: 2024-01-10', 'date: 2024-02-30');
  const problems = problemsOf({ 'questions.yaml': broken, 'meetings.yaml': MEETINGS });
  const summary = problems.map((p) => [p.line, p.field, p.found]);
  assert.deepEqual(summary, [
    [10, 'questions.1.text', 'nothing'],
    [14, 'questions.1.txt', 'txt'],
    [15, 'questions.1.response.date', '"2024-02-30"'],
  ]);
});

test('a postponed meeting needs its reason, and only a Board has a focus topic', () => {
  const meetings = `meetings:
  - id: gpb-2024-05
    type: gpb
    date: 2024-05-08
    status: postponed
  - id: jasc-2024-07
    type: jasc
    date: 2024-07-10
    focus_topic: Custody
`;
  const problems = problemsOf({ 'meetings.yaml': meetings });
  assert.deepEqual(
    problems.map((p) => [p.code, p.line, p.field]),
    [
      ['governance.reason-missing', 5, 'meetings.0.status'],
      ['governance.focus-topic-not-gpb', 9, 'meetings.1.focus_topic'],
    ],
  );
});

test('activities must name a Plan objective that exists, and a theme of it', () => {
  const plan = `title: Police and Crime Plan 2021-2025
period: { from: 2021-04-01, to: 2025-03-31 }
objectives:
  - id: fight_crime
    title: Fight crime and reduce offending
    measures: [violence_with_injury]
    themes:
      - { id: violent_crime, title: Violent crime }
`;
  const activities = `activities:
  - date: 2024-04-10
    agenda_item: plan_progress
    objective: fight_crime
    theme: road_safety
    title: Serious Violence Duty
    text: Support to the partnership.
  - date: 2024-04-11
    agenda_item: plan_progress
    objective: keep_safe
    title: Right Care Right Person
    text: Oversight of the roll-out.
`;
  const problems = problemsOf({ 'plan.yaml': plan, 'activities.yaml': activities });
  assert.deepEqual(
    problems.map((p) => [p.code, p.line, p.field]),
    [
      ['governance.unknown-theme', 5, 'activities.0.theme'],
      ['governance.unknown-objective', 10, 'activities.1.objective'],
    ],
  );
});

test('YAML that does not parse names its line, and nothing else is reported for that file', () => {
  // A repeated key is a YAML error (the later value would silently win otherwise).
  const text = 'engagement:\n  - date: 2024-05-01\n    date: 2024-05-02\n    place: Leamington\n';
  const problems = problemsOf({ 'engagement.yaml': text });
  assert.equal(problems.length, 1);
  const [p] = problems;
  assert.equal(p?.file, join(DIR, 'engagement.yaml'));
  assert.equal(p?.line, 3);
  assert.equal(p?.code, 'governance.unparsable');
});

test('a file without its top-level list key says which key it expected', () => {
  const problems = problemsOf({ 'grants.yaml': '- id: x\n' });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.line, 1);
  assert.equal(problems[0]?.code, 'governance.invalid');
});
