import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExitCode, ScrutinyError } from '../../src/errors/problem.js';
import { choosePanelMeeting, lastDayOf, latestQuarterBefore } from '../../src/narrative/panel/index.js';
import { records } from './fixtures.js';

const FILE = 'governance/meetings.yaml';

function usageProblem(run: () => unknown) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ScrutinyError);
    assert.equal(error.exitCode, ExitCode.usageError);
    assert.equal(error.problems.length, 1);
    return error.problems[0]!;
  }
  assert.fail('expected a usage error');
}

test('a date that is not a Panel meeting is a usage error listing the known Panel meetings', () => {
  for (const date of ['2024-06-21', '2024-04-10' /* a Board, not the Panel */]) {
    const p = usageProblem(() => choosePanelMeeting(records(), date, FILE));
    assert.equal(p.code, 'panel.unknown-meeting');
    assert.equal(p.file, FILE);
    assert.equal(p.field, '--meeting');
    assert.equal(p.found, date);
    assert.equal(
      p.expected,
      'one of the Panel meetings 2023-12-07, 2024-03-07, 2024-06-20 (scheduled), 2024-09-19 (cancelled)',
    );
  }
});

test('with no Panel meeting recorded at all, the error says to add one', () => {
  const p = usageProblem(() => choosePanelMeeting({ meetings: [] }, '2024-06-20', FILE));
  assert.equal(p.code, 'panel.unknown-meeting');
  assert.equal(p.expected, 'a meeting with type: panel');
});

test('a meeting date must be a real calendar day written YYYY-MM-DD', () => {
  for (const bad of ['2024-6-20', '20/06/2024', '2024-02-30', '']) {
    const p = usageProblem(() => choosePanelMeeting(records(), bad, FILE));
    assert.equal(p.code, 'panel.bad-meeting-date');
    assert.equal(p.found, JSON.stringify(bad));
  }
});

test('a held or scheduled meeting is chosen quietly; a cancelled one with a warning giving the reason', () => {
  const june = choosePanelMeeting(records(), '2024-06-20', FILE);
  assert.equal(june.meeting.id, 'panel-2024-06-20');
  assert.deepEqual(june.problems, []);
  const september = choosePanelMeeting(records(), '2024-09-19', FILE);
  assert.equal(september.problems.length, 1);
  assert.equal(september.problems[0]?.severity, 'warning');
  assert.match(september.problems[0]?.message ?? '', /recorded as cancelled \(no quorum\)/);
});

test('the figures are those of the latest quarter that ended before the meeting', () => {
  const cases: [string, string][] = [
    ['2024-06-20', 'Q4 2023/24'], // the reference report
    ['2024-06-30', 'Q4 2023/24'], // Q1 2024/25 ends that day: not complete before the meeting
    ['2024-07-01', 'Q1 2024/25'],
    ['2024-04-01', 'Q4 2023/24'],
    ['2024-03-31', 'Q3 2023/24'],
    ['2024-01-01', 'Q3 2023/24'],
    ['2023-12-31', 'Q2 2023/24'],
  ];
  for (const [meeting, label] of cases) assert.equal(latestQuarterBefore(meeting).label, label, meeting);
  assert.equal(lastDayOf(latestQuarterBefore('2024-06-20')), '2024-03-31');
  assert.equal(lastDayOf(latestQuarterBefore('2024-04-01')), '2024-03-31');
  assert.equal(lastDayOf(latestQuarterBefore('2024-03-31')), '2023-12-31');
});
