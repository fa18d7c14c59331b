import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Block, parseMarkdown, sentencesOf } from '../../src/narrative/commentary/markdown.js';

const shape = (blocks: readonly Block[]) =>
  blocks.map((b) => ({ kind: b.kind, line: b.line, text: b.text, ...(b.level ? { level: b.level } : {}) }));
const sentenceLines = (block: Block | undefined) =>
  block ? sentencesOf(block).map((s) => [s.line, s.text]) : [];

test('a wrapped paragraph: each sentence carries the line it starts on, emphasis or not', () => {
  const source = [
    '## Robbery',
    '',
    'In 2023/24, volumes (n=347) **increased** by',
    '+5% on the previous year. In March 2024, volumes (n=40)',
    'increased by *+60%* on the previous month. The',
    'rise was driven by the north of the county.',
  ].join('\n');
  const [, paragraph] = parseMarkdown(source);
  assert.equal(paragraph?.kind, 'paragraph');
  assert.equal(paragraph?.line, 3);
  assert.deepEqual(sentenceLines(paragraph), [
    [3, 'In 2023/24, volumes (n=347) increased by +5% on the previous year.'],
    [4, 'In March 2024, volumes (n=40) increased by +60% on the previous month.'],
    [5, 'The rise was driven by the north of the county.'],
  ]);
});

test('a hard line break and a wrapped list item keep their lines too', () => {
  const source = [
    'Text.',
    '',
    '- In Q4 2023/24 there were 16 offences.  ',
    '  None resulted in fatality.',
    '',
    'A\\',
    'B.',
  ].join('\n');
  const blocks = parseMarkdown(source);
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.line]),
    [
      ['paragraph', 1],
      ['list_item', 3],
      ['paragraph', 6],
    ],
  );
  assert.deepEqual(sentenceLines(blocks[1]), [
    [3, 'In Q4 2023/24 there were 16 offences.'],
    [4, 'None resulted in fatality.'],
  ]);
});

test('headings: closing #s are not words, and the level is kept', () => {
  assert.deepEqual(shape(parseMarkdown('# Overview\n\n### Burglary (Home) ###\nText.')), [
    { kind: 'heading', line: 1, text: 'Overview', level: 1 },
    { kind: 'heading', line: 3, text: 'Burglary (Home)', level: 3 },
    { kind: 'paragraph', line: 4, text: 'Text.' },
  ]);
});

test('emphasis, code spans, links and curly quotes leave only the words', () => {
  const [block] = parseMarkdown(
    "**Violence** with _Injury_: the ‘action taken’ rate was un*usually* high (`n=5`), see [the force's report](https://example.org/r).",
  );
  assert.equal(
    block?.text,
    "Violence with Injury: the 'action taken' rate was unusually high (n=5), see the force's report.",
  );
  // Underscores inside a word are not emphasis (the old parser's regex ate them).
  assert.equal(parseMarkdown('the stop_and_search table')[0]?.text, 'the stop_and_search table');
});

test('list items: bullets and numbers, and the markers pasted from Word (• and a)), lose their marker', () => {
  const source = [
    '1. In 2023/24 there were 5 homicides.',
    '2) Knife Crime',
    '',
    '* Robbery',
    '+ Firearms',
    '',
    '• Vehicle Crime',
    '',
    'a) Serious Violence',
    '',
    'b. Knife Crime',
  ].join('\n');
  assert.deepEqual(shape(parseMarkdown(source)), [
    { kind: 'list_item', line: 1, text: 'In 2023/24 there were 5 homicides.' },
    { kind: 'list_item', line: 2, text: 'Knife Crime' },
    { kind: 'list_item', line: 4, text: 'Robbery' },
    { kind: 'list_item', line: 5, text: 'Firearms' },
    { kind: 'list_item', line: 7, text: 'Vehicle Crime' },
    { kind: 'list_item', line: 9, text: 'Serious Violence' },
    { kind: 'list_item', line: 11, text: 'Knife Crime' },
  ]);
  // A letter in running text is not a marker.
  assert.equal(parseMarkdown('Plan a) and b) were tried.')[0]?.kind, 'paragraph');
});

test('captions are told by their words, in a list item, in emphasis, or on a line of a paragraph', () => {
  const source = [
    '- *Figure 2 – Violence without Injury outcome rates.*',
    '',
    'In March 2024, volumes (n=369) rose.',
    '**Figure 3: Robbery by month**',
    'In 2023/24, volumes rose.',
  ].join('\n');
  assert.deepEqual(shape(parseMarkdown(source)), [
    { kind: 'caption', line: 1, text: 'Figure 2 – Violence without Injury outcome rates.' },
    { kind: 'paragraph', line: 3, text: 'In March 2024, volumes (n=369) rose.' },
    { kind: 'caption', line: 4, text: 'Figure 3: Robbery by month' },
    { kind: 'paragraph', line: 5, text: 'In 2023/24, volumes rose.' },
  ]);
});

test('raw HTML stays text, as the preview shows it; indented text and tables are still read', () => {
  const source = [
    '\uFEFF<b>In 2023/24</b>, volumes (n=5).',
    '',
    '    In Q4 2023/24 there were 16',
    '    offences.',
    '',
    '| Measure | 2023/24 |',
    '|---|---|',
    '| *Robbery* | 347 |',
  ].join('\n');
  assert.deepEqual(shape(parseMarkdown(source)), [
    { kind: 'paragraph', line: 1, text: '<b>In 2023/24</b>, volumes (n=5).' },
    { kind: 'paragraph', line: 3, text: 'In Q4 2023/24 there were 16 offences.' },
    { kind: 'paragraph', line: 6, text: 'Measure | 2023/24' },
    { kind: 'paragraph', line: 8, text: 'Robbery | 347' },
  ]);
});

test('a code span across a line break: the sentences after it keep their lines', () => {
  const source = [
    'Robbery rose (`n=',
    '5`) in March. Burglary fell.',
    'Theft rose by ``a `b`',
    'c`` and `d` in May.',
    'Shoplifting fell.',
  ].join('\n');
  const [paragraph] = parseMarkdown(source);
  assert.deepEqual(sentenceLines(paragraph), [
    [1, 'Robbery rose (n= 5) in March.'],
    [2, 'Burglary fell.'],
    [3, 'Theft rose by a `b` c and d in May.'],
    [5, 'Shoplifting fell.'],
  ]);
});
