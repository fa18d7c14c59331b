/**
 * Item 7 of the Panel report with restated figures: a short paragraph in the report's own words and
 * a table (measure, period, the figure the previous statement gave, the figure now, why), linking
 * to the annex of the statement at Appendix A; nothing when the previous statement's figures all
 * stand or there is no previous statement. The real pair is in test/statement/restatementPair.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document, Inline } from '../../src/document/model.js';
import type { RestatementsJson } from '../../src/measures/restatements.js';
import { buildPanelReport } from '../../src/narrative/panel/index.js';
import { blockLines, section } from './documentText.js';
import { MEASURES, OFFICE, records, statement } from './fixtures.js';

const Q3 = { label: 'Q3 2023/24', first: '2023-10', last: '2023-12' };

function build(restatements?: RestatementsJson): Document {
  return buildPanelReport({
    meetingDate: '2024-06-20',
    reportDate: '2024-06-11',
    office: OFFICE,
    records: records(),
    measures: restatements ? { ...MEASURES, restatements } : MEASURES,
    statement: statement(),
    classification: 'OFFICIAL',
    generatedAt: '2024-06-11T09:00:00+01:00',
    version: '0.0.0-test',
  });
}

const restated: RestatementsJson = {
  comparedWith: { period: Q3, generatedAt: '2024-02-01T09:00:00Z' },
  figures: [
    {
      measureId: 'violence_with_injury',
      title: 'Violence with injury',
      kind: 'count',
      period: Q3,
      previous: 1204,
      now: 1201,
      months: [{ month: '2023-11', previous: 402, now: 399 }],
      reasons: [{ kind: 'extract', months: ['2023-11'], previousDate: '2024-01-10', newDate: '2024-04-09' }],
    },
  ],
};

test('item 7: the restated figure with both figures and why, linking to the annex of Appendix A', () => {
  const doc = build(restated);
  const lines = blockLines(doc, section(doc, 'item-7'));
  assert.ok(
    lines.includes(
      'Restated figures. One figure given in the statement for Q3 2023/24 has changed with the data now loaded, as the table below shows. The statement at Appendix A uses the figures now loaded and lists every restated figure in its data and methods annex.',
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.includes(
      "Violence with injury | Q3 2023/24 | 1,204 | 1,201 | the force's extract of 9 April 2024 replaced November 2023 (the previous statement used its extract of 10 January 2024)",
    ),
    lines.join('\n'),
  );
  const links = section(doc, 'item-7').flatMap((b) =>
    b.kind === 'paragraph'
      ? b.runs.filter((r): r is Extract<Inline, { kind: 'link' }> => r.kind === 'link')
      : [],
  );
  assert.ok(links.some((l) => l.href === '#appendix-a-restated-figures'));
});

test('item 7: nothing restated when the figures all stand, or there is no previous statement', () => {
  for (const doc of [
    build({ ...restated, figures: [] }),
    build({ comparedWith: null, figures: [] }),
    build(),
  ])
    assert.ok(!blockLines(doc, section(doc, 'item-7')).some((line) => /Restated/.test(line)));
});
