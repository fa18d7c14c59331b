import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGovernance } from '../../src/governance/load.js';
import { parseReportingPeriod } from '../../src/governance/periods.js';
import { gpbFocusTopics } from '../../src/governance/queries/focusTopics.js';
import { recordsSincePreviousPanel } from '../../src/governance/queries/sincePreviousPanel.js';
import { STANDING_AGENDA_ITEMS } from '../../src/governance/standingItems.js';

test('period labels: quarters run April to March, financial years April to March, months and calendar years', () => {
  assert.deepEqual(parseReportingPeriod('Q2 2023/24'), {
    kind: 'quarter',
    label: 'Q2 2023/24',
    from: '2023-07-01',
    to: '2023-09-30',
  });
  assert.deepEqual(parseReportingPeriod('Q4 2023/24'), {
    kind: 'quarter',
    label: 'Q4 2023/24',
    from: '2024-01-01',
    to: '2024-03-31',
  });
  assert.deepEqual(parseReportingPeriod('2023/24'), {
    kind: 'financial_year',
    label: '2023/24',
    from: '2023-04-01',
    to: '2024-03-31',
  });
  assert.deepEqual(parseReportingPeriod('February 2024'), {
    kind: 'month',
    label: 'February 2024',
    from: '2024-02-01',
    to: '2024-02-29',
  });
  assert.equal(parseReportingPeriod('2024-02')?.label, 'February 2024');
  assert.equal(parseReportingPeriod('2024')?.to, '2024-12-31');
  assert.equal(parseReportingPeriod('2023/25'), undefined);
  assert.equal(parseReportingPeriod('Q5 2023/24'), undefined);
  assert.equal(parseReportingPeriod('Smarch 2024'), undefined);
});

const MEETINGS = `meetings:
  - { id: panel-2024-03-07, type: panel, date: 2024-03-07 }
  - { id: gpb-2024-03, type: gpb, date: 2024-03-07, focus_topic: Strategic Policing Requirement }
  - { id: gpb-2024-04, type: gpb, date: 2024-04-10, focus_topic: Road policing }
  - { id: gpb-2024-05, type: gpb, date: 2024-05-08, status: postponed, reason: pre-election period }
  - { id: hta-2024-05-14, type: holding_to_account, date: 2024-05-14 }
  - { id: gpb-2024-06, type: gpb, date: 2024-06-12, focus_topic: Business / Retail Crime }
  - { id: panel-2024-06-20, type: panel, date: 2024-06-20, status: scheduled }
  - { id: jasc-2024-07-10, type: jasc, date: 2024-07-10, status: scheduled }
`;

test('GPB focus topics month by month, with N/A for a postponed Board and none where no Board is recorded', () => {
  const records = parseGovernance({ 'meetings.yaml': MEETINGS }, 'g', { knownMeasures: new Set() });
  const year = parseReportingPeriod('2024');
  assert.ok(year);
  const topics = gpbFocusTopics(records, year);
  assert.equal(topics.length, 12);
  assert.deepEqual(
    topics.slice(1, 7).map((t) => [t.monthName, t.topic, t.status, t.reason]),
    [
      ['February', undefined, 'none', undefined],
      ['March', 'Strategic Policing Requirement', 'held', undefined],
      ['April', 'Road policing', 'held', undefined],
      ['May', undefined, 'postponed', 'pre-election period'],
      ['June', 'Business / Retail Crime', 'held', undefined],
      ['July', undefined, 'none', undefined],
    ],
  );
  const fy = parseReportingPeriod('2024/25');
  assert.ok(fy);
  assert.equal(gpbFocusTopics(records, fy)[0]?.month, '2024-04');
});

test('records for the Panel report: after the previous Panel, before this one, under all ten standing items', () => {
  const decisions = `decisions:
  - { id: D-1, date: 2024-03-07, agenda_item: financial_summary, title: On the day of the last Panel, text: Not since it. }
  - { id: D-2, date: 2024-03-08, agenda_item: financial_summary, title: Budget, text: Set the budget. }
  - { id: D-3, date: 2024-06-20, agenda_item: financial_summary, title: On the day, text: Too late for the report. }
`;
  const engagement = `engagement:
  - { date: 2024-05-20, place: Leamington Spa, audience: retailers, topic: ShopKind campaign }
`;
  const records = parseGovernance(
    { 'meetings.yaml': MEETINGS, 'decisions.yaml': decisions, 'engagement.yaml': engagement },
    'g',
    { knownMeasures: new Set() },
  );
  const window = recordsSincePreviousPanel(records, '2024-06-20');
  assert.equal(window.previousMeeting?.id, 'panel-2024-03-07');
  assert.equal(window.meeting?.id, 'panel-2024-06-20');
  assert.deepEqual(
    window.items.map((i) => i.item.number),
    STANDING_AGENDA_ITEMS.map((_, i) => i + 1),
  );
  const finance = window.items.find((i) => i.item.id === 'financial_summary');
  assert.deepEqual(
    finance?.decisions.map((d) => d.id),
    ['D-2'],
  );
  const governance = window.items.find((i) => i.item.id === 'governance_and_holding_to_account');
  // The Board of 7 March was on the day of the previous Panel: not since it. The June Panel itself is not listed.
  assert.deepEqual(
    governance?.meetings.map((m) => m.id),
    ['gpb-2024-04', 'gpb-2024-05', 'hta-2024-05-14', 'gpb-2024-06'],
  );
  assert.equal(window.items.find((i) => i.item.id === 'communications_and_engagement')?.engagement.length, 1);
  assert.deepEqual(
    window.items.filter((i) => i.empty).map((i) => i.item.number),
    [1, 2, 3, 4, 5, 7, 9],
  );
});
