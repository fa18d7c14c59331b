import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlocks } from '../../src/document/markdownBlocks.js';
import type { Block, Inline } from '../../src/document/model.js';

function words(runs: readonly Inline[]): string {
  return runs.map((r) => ('text' in r ? r.text : '')).join('');
}

function textOf(block: Block): string {
  if (block.kind === 'paragraph') return words(block.runs);
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'list') return block.items.map((item) => words(item.runs)).join(' | ');
  return '';
}

test('an unresolved finding is marked on the paragraph, list item or heading that holds its line', () => {
  const source = [
    '## Burglary', // 1
    '', // 2
    'In Q4 2023/24, volumes (n=95)', // 3
    'increased by +12%.', // 4
    '', // 5
    '- first item', // 6
    '- second item', // 7
  ].join('\n');
  const marks = new Map([
    [1, 'no such measure'],
    [4, "'+12%': the data say +10%"],
    [7, "'second': the data say third"],
  ]);
  const blocks = markdownBlocks(source, { topLevel: 3, idPrefix: 'c', marks });
  assert.deepEqual(blocks.map(textOf), [
    'Burglary [DRAFT: no such measure]',
    "In Q4 2023/24, volumes (n=95) increased by +12%. [DRAFT: '+12%': the data say +10%]",
    "first item | second item [DRAFT: 'second': the data say third]",
  ]);
  // Without marks, the text is the analyst's own.
  assert.doesNotMatch(markdownBlocks(source, { topLevel: 3, idPrefix: 'c' }).map(textOf).join(' '), /DRAFT/);
});
