import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scratchDir } from '../helpers/scratch.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'scrutiny.js');
let base = '';
let ws = '';

function scrutiny(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const gov = (...args: string[]) => scrutiny('-w', ws, 'governance', ...args);
const questionsFile = () => join(ws, 'governance', 'questions.yaml');

before(() => {
  base = scratchDir('scrutiny-cli-gov-');
  ws = join(base, 'ws');
  assert.equal(scrutiny('init', ws).code, 0);
  writeFileSync(
    join(ws, 'governance', 'meetings.yaml'),
    'meetings:\n  - { id: gpb-2023-11, type: gpb, date: 2023-11-08, focus_topic: Cyber crime and fraud }\n',
  );
});
after(() => rmSync(base, { recursive: true, force: true }));

test('add, answer and close round-trip through questions.yaml, keeping a comment the analyst wrote', () => {
  const added = gov(
    'add',
    '--measure',
    'robbery_action_taken',
    '--text',
    "the specific measures the force were taking to improve the 'action taken' rates for robbery",
    '--raised-in',
    'Q2 2023/24 OPCC Performance Scrutiny report',
    '--meeting',
    'gpb-2023-11',
    '--date',
    '2023-11-14',
  );
  assert.equal(added.code, 0, added.stderr);
  assert.equal(added.stdout.trim(), 'Added SQ-001');
  writeFileSync(
    questionsFile(),
    readFileSync(questionsFile(), 'utf8').replace(
      '  - id: SQ-001',
      '  # Asked by the PCC himself\n  - id: SQ-001',
    ),
  );

  const second = gov(
    'add',
    '--measure',
    'vehicle_offences_action_taken',
    '--text',
    'vehicle crime',
    '--raised-in',
    'Q2 2023/24 OPCC Performance Scrutiny report',
    '--date',
    '2023-11-14',
  );
  assert.equal(second.stdout.trim(), 'Added SQ-002');

  const answered = gov(
    'answer',
    'SQ-001',
    '--text',
    'Robbery is reviewed daily.',
    '--date',
    '2024-01-10',
    '--status',
    'partly_assured',
  );
  assert.equal(answered.code, 0, answered.stderr);
  const closed = gov('close', 'SQ-002', '--date', '2024-02-20');
  assert.equal(closed.code, 0, closed.stderr);

  const text = readFileSync(questionsFile(), 'utf8');
  assert.ok(text.includes('  # Asked by the PCC himself\n  - id: SQ-001'));
  assert.ok(text.startsWith('# Scrutiny questions and recommendations'));

  const listed = gov('list', '--json');
  assert.equal(listed.code, 0, listed.stderr);
  const { questions } = JSON.parse(listed.stdout) as {
    questions: { id: string; status: string; response?: { date: string } }[];
  };
  assert.deepEqual(
    questions.map((q) => [q.id, q.status, q.response?.date]),
    [
      ['SQ-001', 'partly_assured', '2024-01-10'],
      ['SQ-002', 'closed', undefined],
    ],
  );
  const carried = JSON.parse(gov('list', '--as-of', 'Q1 2024/25', '--json').stdout) as {
    questions: { id: string }[];
  };
  assert.deepEqual(
    carried.questions.map((q) => q.id),
    ['SQ-001'],
  );
  const open = gov('list', '--status', 'partly_assured', '--measure', 'robbery_action_taken');
  assert.match(open.stdout, /^SQ-001 {2}partly_assured/);
  const shown = gov('show', 'SQ-001');
  assert.match(shown.stdout, /Response \(2024-01-10\): Robbery is reviewed daily\./);
});

test('an invalid action exits 1 with file, line and field, and writes nothing', () => {
  const before = readFileSync(questionsFile(), 'utf8');
  const unknownMeeting = gov(
    'add',
    '--measure',
    'robbery_action_taken',
    '--text',
    't',
    '--raised-in',
    'Q3 2023/24 OPCC Performance Scrutiny report',
    '--meeting',
    'gpb-2099-01',
    '--date',
    '2024-02-01',
  );
  assert.equal(unknownMeeting.code, 1);
  assert.match(unknownMeeting.stderr, /questions\.yaml:\d+: questions\.2\.meeting: no meeting has this id/);
  const early = gov('answer', 'SQ-001', '--text', 't', '--date', '2020-01-01');
  assert.equal(early.code, 1);
  assert.match(early.stderr, /questions\.0\.response\.date: the date falls outside the question/);
  const unknownMeasure = gov(
    'add',
    '--measure',
    'burglary',
    '--text',
    't',
    '--raised-in',
    'Q3 2023/24 OPCC Performance Scrutiny report',
  );
  assert.equal(unknownMeasure.code, 1);
  assert.match(
    unknownMeasure.stderr,
    /--measure: .*expected a measure id from the catalogue, found "burglary"/,
  );
  assert.equal(gov('close', 'SQ-404').code, 1);
  assert.equal(readFileSync(questionsFile(), 'utf8'), before);
  const check = gov('check');
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /2 questions, 1 meetings/);
});
