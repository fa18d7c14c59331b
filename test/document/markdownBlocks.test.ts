import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlocks } from '../../src/document/markdownBlocks.js';
import type { Block, Inline } from '../../src/document/model.js';

const placement = { topLevel: 3, idPrefix: 'c' } as const;

/** Runs as compact strings: 'text', '**strong**', '*emphasis*', '[link](href)'. */
function shown(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      if (r.kind === 'strong') return `**${r.text}**`;
      if (r.kind === 'emphasis') return `*${r.text}*`;
      if (r.kind === 'link') return `[${r.text}](${r.href})`;
      return 'text' in r ? r.text : '';
    })
    .join('');
}

function outline(blocks: readonly Block[]): string[] {
  return blocks.map((b) => {
    if (b.kind === 'heading') return `h${b.level} ${b.id}: ${b.text}`;
    if (b.kind === 'paragraph') return `p: ${shown(b.runs)}`;
    if (b.kind === 'list')
      return `${b.ordered ? 'ol' : 'ul'}: ${b.items.map((i) => shown(i.runs)).join(' | ')}`;
    return b.kind;
  });
}

test('headings with closing #s, wrapped paragraphs and emphasis inside words', () => {
  const source = [
    '## Force data ##',
    '',
    'Volumes **rose**',
    'by un*usually* much; see `n=5`.',
    '### Robbery',
  ].join('\n');
  assert.deepEqual(outline(markdownBlocks(source, placement)), [
    'h3 c-force-data: Force data',
    'p: Volumes **rose** by un*usually* much; see n=5.',
    'h4 c-robbery: Robbery',
  ]);
});

test('lists: bullets, numbers, and the markers pasted from Word (• a bullet, a) a number); nested items join the list', () => {
  const source = [
    '• Vehicle Crime',
    '• Theft from Person',
    '  wrapped onto a second line',
    '',
    'a) Serious Violence',
    'b) Knife Crime',
    '',
    '- Burglary',
    '  - of homes',
  ].join('\n');
  assert.deepEqual(outline(markdownBlocks(source, placement)), [
    'ul: Vehicle Crime | Theft from Person wrapped onto a second line',
    'ol: Serious Violence | Knife Crime',
    'ul: Burglary | of homes',
  ]);
});

test('a link keeps its target only when the link policy allows it; raw HTML stays text', () => {
  const source =
    'See [the plan](javascript:alert(1)) and [**the Home Office**](https://www.gov.uk/) <b>now</b>.';
  assert.deepEqual(outline(markdownBlocks(source, placement)), [
    'p: See the plan and [the Home Office](https://www.gov.uk/) <b>now</b>.',
  ]);
});

test('a mark goes to the list item holding its line, also on a wrapped line', () => {
  const source = ['- first', '- second', '  wrapped', '', 'Text.'].join('\n');
  const marks = new Map([[3, 'the data say otherwise']]);
  assert.deepEqual(outline(markdownBlocks(source, { ...placement, marks })), [
    'ul: first | second wrapped **[DRAFT: the data say otherwise]**',
    'p: Text.',
  ]);
});
