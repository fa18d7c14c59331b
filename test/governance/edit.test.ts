import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ScrutinyError } from '../../src/errors/problem.js';
import {
  addQuestion,
  answerQuestion,
  closeQuestion,
  parseRaisedIn,
} from '../../src/governance/edit/editQuestions.js';
import { nextQuestionId } from '../../src/governance/edit/questionDocument.js';
import { scratchDir } from '../helpers/scratch.js';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const ORIGINAL = `# Questions the OPCC has raised. Keep this comment.
questions:
  # Robbery: raised at the November Board
  - id: SQ-001
    raised_in: { report: OPCC Performance Scrutiny report, period: Q2 2023/24 }
    date: 2023-11-14
    measures: [ robbery_action_taken ] # the rate, not the volume
    text: "the specific measures the force were taking to improve the 'action taken' rates for robbery"
    status: open

  - id: SQ-009
    raised_in:
      report: OPCC Performance Scrutiny report
      period: 'Q2 2023/24'
    date: 2023-11-14
    measures:
      - vehicle_offences_action_taken
    text: vehicle crime
    status: open
`;
const options = { knownMeasures: new Set(['robbery_action_taken', 'vehicle_offences_action_taken']) };

function workspace(): string {
  const dir = scratchDir('scrutiny-gov-');
  dirs.push(dir);
  writeFileSync(join(dir, 'questions.yaml'), ORIGINAL);
  return dir;
}

test('next id: one more than the highest SQ number, whatever else is in the file', () => {
  assert.equal(nextQuestionId([]), 'SQ-001');
  assert.equal(nextQuestionId(['SQ-001', 'SQ-009', 'Q2-robbery']), 'SQ-010');
});

test('--raised-in splits into the period and the report', () => {
  assert.deepEqual(parseRaisedIn('Q2 2023/24 OPCC Performance Scrutiny report'), {
    period: 'Q2 2023/24',
    report: 'OPCC Performance Scrutiny report',
  });
  assert.throws(() => parseRaisedIn('the scrutiny report'), ScrutinyError);
});

test('answer then close changes only that question; comments, blank lines, order and quoting survive', () => {
  const dir = workspace();
  answerQuestion(dir, options, 'SQ-001', {
    text: 'Robbery is reviewed daily.',
    date: '2024-01-10',
    status: 'partly_assured',
  });
  closeQuestion(dir, options, 'SQ-001', '2024-03-01');
  const text = readFileSync(join(dir, 'questions.yaml'), 'utf8');
  const expected = ORIGINAL.replace(
    '    status: open\n\n',
    '    status: closed\n    response:\n      text: Robbery is reviewed daily.\n      date: 2024-01-10\n    closed: 2024-03-01\n\n',
  );
  assert.equal(text, expected);
});

test('add appends the next id after a blank line, with the measures as a flow list', () => {
  const dir = workspace();
  const id = addQuestion(dir, options, {
    measures: ['robbery_action_taken'],
    text: 'robbery in the north',
    raisedIn: 'Q3 2023/24 OPCC Performance Scrutiny report',
    date: '2024-02-13',
  });
  assert.equal(id, 'SQ-010');
  const text = readFileSync(join(dir, 'questions.yaml'), 'utf8');
  assert.ok(text.startsWith(ORIGINAL));
  assert.equal(
    text.slice(ORIGINAL.length),
    `
  - id: SQ-010
    raised_in:
      report: OPCC Performance Scrutiny report
      period: Q3 2023/24
    date: 2024-02-13
    measures: [ robbery_action_taken ]
    text: robbery in the north
    status: open
`,
  );
});

test('hand-written spacing is regularised, but every comment and value is kept', () => {
  const dir = workspace();
  const hand = ORIGINAL.replace('[ robbery_action_taken ] # the', '[robbery_action_taken]    # the');
  writeFileSync(join(dir, 'questions.yaml'), hand);
  closeQuestion(dir, options, 'SQ-009', '2024-01-01');
  const text = readFileSync(join(dir, 'questions.yaml'), 'utf8');
  for (const comment of [
    '# Questions the OPCC has raised. Keep this comment.',
    '# Robbery: raised at the November Board',
    '# the rate, not the volume',
  ])
    assert.ok(text.includes(comment), comment);
  assert.ok(text.includes('[ robbery_action_taken ] # the rate'));
});

test('nothing is written when the edit is invalid, and no temporary file is left', () => {
  const dir = workspace();
  const unchanged = () => assert.equal(readFileSync(join(dir, 'questions.yaml'), 'utf8'), ORIGINAL);
  const fails = (code: string, run: () => unknown) =>
    assert.throws(run, (e: unknown) => e instanceof ScrutinyError && e.problems.some((p) => p.code === code));
  fails('governance.bad-option', () =>
    addQuestion(dir, options, {
      measures: ['burglary'],
      text: 't',
      raisedIn: 'Q3 2023/24 R',
      date: '2024-02-13',
    }),
  );
  fails('governance.unknown-meeting', () =>
    addQuestion(dir, options, {
      measures: [],
      text: 't',
      raisedIn: 'Q3 2023/24 R',
      date: '2024-02-13',
      meeting: 'gpb-x',
    }),
  );
  // Answered before it was raised: the whole-folder check after the edit refuses it.
  fails('governance.date-outside-period', () =>
    answerQuestion(dir, options, 'SQ-001', { text: 't', date: '2023-01-01' }),
  );
  fails('governance.bad-option', () =>
    answerQuestion(dir, options, 'SQ-001', { text: 't', date: '2024-01-01', status: 'closed' }),
  );
  fails('governance.question-not-found', () => closeQuestion(dir, options, 'SQ-404', '2024-01-01'));
  unchanged();
  closeQuestion(dir, options, 'SQ-009', '2024-01-01');
  fails('governance.already-closed', () => closeQuestion(dir, options, 'SQ-009', '2024-01-02'));
  assert.deepEqual(readdirSync(dir), ['questions.yaml']);
});

test('an edit is refused while another governance file is invalid', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'meetings.yaml'), 'meetings:\n  - { id: m, type: gpb, date: 2024-13-01 }\n');
  assert.throws(
    () => closeQuestion(dir, options, 'SQ-001', '2024-03-01'),
    (e: unknown) =>
      e instanceof ScrutinyError &&
      e.problems[0]?.file === join(dir, 'meetings.yaml') &&
      e.problems[0]?.line === 2,
  );
  assert.equal(readFileSync(join(dir, 'questions.yaml'), 'utf8'), ORIGINAL);
});
