import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boardHtml } from '../../src/board/render/boardHtml.js';
import { sparklineSvg } from '../../src/board/sparkline.js';
import { boardPeriodLabel } from '../../src/cli/boardPeriod.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { boardClassification } from '../../src/jobs/boardPack/runBoard.js';
import { ruleWords } from '../../src/narrative/board/spcWords.js';
import { sparklineText } from '../../src/narrative/board/summaryWords.js';
import { renderMarkdown } from '../../src/report/render/markdown/renderMarkdown.js';
import { documentOf, pack } from './helpers/fixture.js';
import { assertGolden } from './helpers/golden.js';

test('golden: the demo board pack for March 2024 as HTML and Markdown', async () => {
  const board = pack();
  const doc = await documentOf(board);
  assertGolden('board-2024-03.html', boardHtml(board, doc));
  const markdown = renderMarkdown(doc.document);
  assertGolden('board-2024-03.md', markdown.markdown);
  assert.deepEqual(
    markdown.figures.map((f) => f.path),
    [
      'figures/figure-1-spc-robbery-action-taken.svg',
      'figures/figure-2-spc-knife-crime.svg',
      'figures/figure-3-spc-children-safeguarded.svg',
      'figures/figure-4-spc-residential-burglary.svg',
      'figures/figure-5-spc-police-uk-theft-from-the-person.svg',
      'figures/figure-6-spc-satisfaction-hate-crime.svg',
      'figures/figure-7-spc-satisfaction-domestic-abuse.svg',
    ],
  );
});

test('golden: exceptions only, OFFICIAL-SENSITIVE, without governance records, as Markdown', async () => {
  const board = pack({ exceptionsOnly: true, classification: 'OFFICIAL-SENSITIVE', governance: false });
  const markdown = renderMarkdown((await documentOf(board)).document).markdown;
  assertGolden('board-2024-03-exceptions-sensitive.md', markdown);
  assert.ok(!markdown.includes('Open questions'), 'no questions column or list without governance records');
});

test('every page is marked with the classification, on screen and in print', async () => {
  for (const classification of ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const) {
    const board = pack({ classification });
    const doc = await documentOf(board);
    const html = boardHtml(board, doc);
    assert.ok(html.includes(`<p class="marking marking-top">${classification}</p>`));
    assert.ok(html.includes(`<p class="marking marking-bottom">${classification}</p>`));
    // The print stylesheet's page-margin boxes put it on every printed page of the PDF.
    assert.match(html, new RegExp(`@top-center \\{ content: "${classification}"`));
    assert.match(html, new RegExp(`@bottom-center \\{ content: "${classification}"`));
    const markdown = renderMarkdown(doc.document).markdown;
    assert.ok(markdown.startsWith(`**${classification}**`));
    assert.ok(markdown.trimEnd().endsWith(`**${classification}**`));
  }
});

test('a card names each rule that fired in the last 12 months and when, latest first', async () => {
  const doc = await documentOf(pack());
  const knife = doc.cards.find((c) => c.row.measure.id === 'knife_crime')!;
  // From the SPC signals of the fixture: outside the limits in Feb-Mar 2024, Nov 2023 and Aug 2023, Jun 2023.
  assert.deepEqual(knife.rules, [
    'February 2024 to March 2024: above the upper process limit (concern).',
    'November 2023: below the lower process limit (improvement).',
    'August 2023: above the upper process limit (concern).',
    'June 2023: above the upper process limit (concern).',
  ]);
  assert.equal(knife.latestRule, 'above the upper process limit from February 2024 to March 2024');
  // The month's change (35 to 37 is +5.7%: '+6%' in the house style), then the measure's one
  // verdict: no real change on March 2023 by the exact test, though the chart's latest point is
  // outside its limits, so the two are reconciled.
  assert.ok(
    knife.sentence?.startsWith(
      'In March 2024, volumes (n=37) increased by +6% on the previous month (35 to 37) and were in line with both the 3-year average and forecast. Verdict: No real change. Against March 2023 ',
    ),
    knife.sentence,
  );
  assert.match(
    knife.sentence ?? '',
    /shows a signal of concern: March 2024 is above the upper limit of the chart\.$/,
  );
  const hate = doc.cards.find((c) => c.row.measure.id === 'satisfaction_hate_crime')!;
  assert.equal(
    hate.sentence,
    'Hate crime: 71% < Target 96% (6-month rolling rate to March 2024). Verdict: No real change. March 2024 is within normal variation on the SPC chart.',
  );
});

test('the run lengths of the SPC appear in the rule words', () => {
  assert.equal(
    ruleWords({ rule: 'shift', direction: 'down' }, { shiftLength: 6, trendLength: 7 }),
    '6 or more months in a row below the mean',
  );
  assert.equal(
    ruleWords({ rule: 'two_in_three', direction: 'up' }, { shiftLength: 7, trendLength: 7 }),
    'two of three months close to the upper process limit',
  );
});

test('a sparkline says in words what it shows, and draws nothing it cannot', () => {
  const points = [
    { month: '2024-01', value: 12 },
    { month: '2024-02', value: 9 },
    { month: '2024-03', value: 15 },
    { month: '2024-04', value: 9 },
  ];
  assert.equal(
    sparklineText(points, 'count'),
    'Monthly values, Jan 2024 to Apr 2024: lowest 9 (Feb 2024), highest 15 (Mar 2024), latest 9.',
  );
  const svg = sparklineSvg(points, 'count');
  assert.match(svg, /role="img" aria-label="Monthly values, Jan 2024 to Apr 2024: lowest 9/);
  // The highest value at the top (y = 3), the lowest at the bottom (y = 27); x from 3 to 117.
  assert.match(svg, /points="3,15 41,27 79,3 117,27"/);
  assert.equal(sparklineText([], 'percent'), 'No monthly values.');
});

test('the month or the period, exactly one of them; the classification official or official-sensitive', () => {
  assert.equal(boardPeriodLabel({ month: '2024-03' }), '2024-03');
  assert.equal(boardPeriodLabel({ period: 'Q4 2023/24' }), 'Q4 2023/24');
  const usage = (run: () => unknown, code: string) =>
    assert.throws(
      run,
      (e: unknown) => e instanceof ScrutinyError && e.exitCode === 2 && e.problems[0]?.code === code,
    );
  usage(() => boardPeriodLabel({}), 'board.period-missing');
  usage(() => boardPeriodLabel({ month: '2024-03', period: 'Q4 2023/24' }), 'board.period-twice');
  usage(() => boardPeriodLabel({ month: 'Marchember 2024' }), 'board.bad-month');
  usage(() => boardPeriodLabel({ month: 'Q4 2023/24' }), 'board.bad-month');
  assert.equal(boardPeriodLabel({ month: 'December 2025' }), '2025-12');
  assert.equal(boardClassification(undefined), 'OFFICIAL');
  assert.equal(boardClassification('OFFICIAL-SENSITIVE'), 'OFFICIAL-SENSITIVE');
  usage(() => boardClassification('secret'), 'board.bad-classification');
});
