import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadMeasureCatalogue } from '../../src/catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../../src/catalogue/measures/vocabulary.js';
import { demoGovernanceTexts } from '../../src/demo/governanceRecords.js';
import { parseGovernance } from '../../src/governance/load.js';
import { parseReportingPeriod } from '../../src/governance/periods.js';
import { gpbFocusTopics } from '../../src/governance/queries/focusTopics.js';
import { carriedQuestions } from '../../src/governance/queries/openQuestions.js';

const catalogueIds = new Set(
  loadMeasureCatalogue({ vocabulary: referenceVocabulary() }).entries.map((e) => e.measure.id),
);

test('the demo records are valid against the shipped measure catalogue, for any end month', () => {
  for (const endMonth of ['2024-03', '2024-04', '2024-05', '2025-09', '2025-12']) {
    const texts = demoGovernanceTexts({ endMonth });
    assert.doesNotThrow(
      () => parseGovernance(texts, 'governance', { knownMeasures: catalogueIds }),
      endMonth,
    );
  }
});

test('the demo is deterministic and covers what the Panel report needs', () => {
  const texts = demoGovernanceTexts({ endMonth: '2024-03' });
  assert.deepEqual(texts, demoGovernanceTexts({ endMonth: '2024-03' }));
  const records = parseGovernance(texts, 'governance', { knownMeasures: catalogueIds });
  // 24 Boards up to March 2024 and three scheduled ahead; one postponed 13 months before the end.
  const boards = records.meetings.filter((m) => m.type === 'gpb');
  assert.equal(boards.length, 27);
  assert.deepEqual(
    boards.filter((b) => b.status === 'postponed').map((b) => b.id),
    ['gpb-2023-02'],
  );
  // Every Tuesday from 5 April 2022 to 26 March 2024: 104 of them.
  assert.equal(records.meetings.filter((m) => m.type === 'holding_to_account').length, 104);
  assert.equal(records.meetings.find((m) => m.type === 'holding_to_account')?.date, '2022-04-05');
  const hotspot = records.grants.find((g) => g.id.startsWith('hotspot'));
  assert.equal(hotspot?.amount, 1_000_000);
  assert.equal(
    hotspot?.locations.reduce((n, l) => n + l.count, 0),
    18,
  );
  const q4 = carriedQuestions(records, 'Q4 2023/24');
  assert.deepEqual(
    q4.questions.map((q) => `${q.id}:${q.status}`),
    [
      'SQ-006:closed',
      'SQ-001:open',
      'SQ-002:open',
      'SQ-003:partly_assured',
      'SQ-004:assured',
      'SQ-005:answered',
      'SQ-007:open',
    ],
  );
  assert.equal(q4.questions[1]?.raisedIn, 'Q2 2023/24 OPCC Performance Scrutiny report');
  assert.equal(carriedQuestions(records, 'Q1 2024/25').questions.length, 6);
  const year = parseReportingPeriod('2023');
  assert.ok(year);
  assert.equal(gpbFocusTopics(records, year)[0]?.topic, 'Safeguarding children');
});
