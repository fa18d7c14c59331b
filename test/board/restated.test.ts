/**
 * Restated figures in the board pack: the box "Restated since the last statement" and the line in
 * the exception card, from the restatements the one comparison (measures/restatements.ts) finds
 * between a previous quarter's statement and the fixture; nothing when there is none; an OFFICIAL
 * pack never names an OFFICIAL-SENSITIVE measure's restatement. The real pair (police.uk republishing
 * August 2025) is in test/statement/restatementPair.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from '../../src/report/render/markdown/renderMarkdown.js';
import { documentOf, PREVIOUS_QUARTER, pack, RESTATED, result } from './helpers/fixture.js';

async function markdownOf(options: Parameters<typeof pack>[0]): Promise<string> {
  return renderMarkdown((await documentOf(pack(options))).document).markdown;
}

/** The measure's figure for the previous quarter, from the fixture's own series. */
function quarterSum(id: string): number {
  const series = result.measures.find((m) => m.id === id)?.series ?? [];
  return series
    .filter((p) => p.month >= PREVIOUS_QUARTER.first && p.month <= PREVIOUS_QUARTER.last)
    .reduce((sum, p) => sum + (p.value ?? 0), 0);
}

test('a restated figure: the box names the measure, both figures and why; the card says it too', async () => {
  const text = await markdownOf({ restated: true });
  const title = result.measures.find((m) => m.id === 'knife_crime')?.title ?? '';
  const now = quarterSum('knife_crime');
  const before = now + RESTATED.knife_crime;
  const box = text.slice(text.indexOf('# Restated since the last statement (Q3 2023/24)'));
  assert.ok(box.length < text.length, 'the pack has the box');
  assert.match(
    box,
    new RegExp(
      `\\| ${title} \\| Q3 2023/24 \\| ${before} \\| ${now} \\| the data loaded for November 2023 changed, with no newer file or changed definition to explain it \\|`,
    ),
  );
  // The card: from its heading to the next heading of a card or a part.
  const card = text.slice(text.indexOf(`### ${title}`));
  const ends = [card.indexOf('\n### ', 1), card.indexOf('\n## ', 1)].filter((at) => at > 0);
  assert.match(
    card.slice(0, Math.min(...ends)),
    new RegExp(
      `\\*\\*Restated since the statement for Q3 2023/24:\\*\\* Q3 2023/24 ${before}, now ${now} \\(`,
    ),
  );
});

test('OFFICIAL: a sensitive measure’s restatement is not shown; OFFICIAL-SENSITIVE shows it', async () => {
  const sensitive = result.measures.find((m) => m.id === 'domestic_abuse_knife_crime')?.title ?? '';
  assert.ok(sensitive.length > 0);
  const official = await markdownOf({ restated: true });
  const box = (text: string) =>
    text.slice(text.indexOf('# Restated since'), text.indexOf('\n# ', text.indexOf('# Restated since') + 1));
  assert.ok(!box(official).includes(sensitive), box(official));
  const marked = await markdownOf({ restated: true, classification: 'OFFICIAL-SENSITIVE' });
  assert.ok(box(marked).includes(`| ${sensitive} | Q3 2023/24 |`), box(marked));
});

test('no previous statement, or none of its figures changed: the pack says nothing of restating', async () => {
  assert.doesNotMatch(await markdownOf({}), /Restated/);
  const unchanged = pack({});
  const withNone = {
    ...unchanged,
    restated: { comparedWith: { period: PREVIOUS_QUARTER, generatedAt: result.generatedAt }, figures: [] },
  };
  const doc = await documentOf(withNone);
  assert.doesNotMatch(renderMarkdown(doc.document).markdown, /Restated/);
});
