import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columns, figure, figureRef, heading, paragraph, table } from '../../src/document/build.js';
import { assertValidDocument, checkDocument } from '../../src/document/check.js';
import type { Block, Document } from '../../src/document/model.js';
import { ScrutinyError } from '../../src/errors/problem.js';

const meta = {
  organisation: 'OPCC',
  periodLabel: 'Q4 2023/24',
  generatedAt: '2024-06-20T08:30:00Z',
  version: '0.1.0',
};
const doc = (blocks: Block[], overrides: Partial<Document> = {}): Document => ({
  title: 'Statement',
  classification: 'OFFICIAL',
  meta,
  blocks,
  ...overrides,
});
const dataTable = {
  caption: 'Data',
  columns: columns('ln'),
  header: [['Month', 'Count']],
  rows: [['Mar 2024', '369']],
};
const fig = (id: string, number: number) =>
  figure({
    id,
    number,
    caption: 'Volumes',
    alt: 'A line chart.',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    dataTable,
  });

test('a well-formed document has no problems', () => {
  const blocks = [
    heading(1, 'a', 'A'),
    heading(2, 'b', 'B'),
    paragraph('See ', figureRef('f1')),
    fig('f1', 1),
    heading(1, 'c', 'C'),
  ];
  assert.deepEqual(checkDocument(doc(blocks)), []);
});

test('a heading that skips a level is reported with its path and the levels', () => {
  const problems = checkDocument(doc([heading(1, 'a', 'A'), heading(3, 'b', 'B')]));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.code, 'document.heading-order');
  assert.equal(problems[0]?.field, 'blocks[1].level');
  assert.equal(problems[0]?.expected, 'level 1 to 2');
  assert.equal(problems[0]?.found, 'level 3');
});

test('the first section heading must be level 1, since the title is the only level above it', () => {
  const problems = checkDocument(doc([heading(2, 'a', 'A')]));
  assert.deepEqual(
    problems.map((p) => p.code),
    ['document.heading-order'],
  );
});

test('ids used twice, ids unsafe in a URL, and references to absent figures are all reported at once', () => {
  const blocks = [
    heading(1, 'dup', 'A'),
    fig('dup', 1),
    heading(1, 'Bad Id', 'B'),
    paragraph(figureRef('nowhere')),
  ];
  const problems = checkDocument(doc(blocks));
  assert.deepEqual(
    problems.map((p) => [p.code, p.field]),
    [
      ['document.duplicate-id', 'blocks[1].id'],
      ['document.bad-id', 'blocks[2].id'],
      ['document.unresolved-figure-ref', 'blocks[3].runs[0]'],
    ],
  );
  assert.match(problems[0]?.message ?? '', /blocks\[0\]\.id/);
});

test('figures must be numbered 1, 2, 3 in order', () => {
  const problems = checkDocument(doc([heading(1, 'a', 'A'), fig('f1', 1), fig('f2', 3)]));
  assert.deepEqual(
    problems.map((p) => [p.field, p.expected, p.found]),
    [['blocks[2].number', '2', '3']],
  );
});

test('a table row with the wrong number of cells is reported, in a figure data table too', () => {
  const ragged = table({
    caption: 'T',
    columns: columns('ln'),
    header: [['A', 'B']],
    rows: [['1', '2', '3']],
  });
  const badFigure = { ...fig('f1', 1), dataTable: { ...dataTable, rows: [['Mar 2024']] } };
  const problems = checkDocument(doc([ragged, badFigure]));
  assert.deepEqual(
    problems.map((p) => [p.field, p.found]),
    [
      ['blocks[0].rows[0]', '3 cells'],
      ['blocks[1].dataTable.rows[0]', '1 cells'],
    ],
  );
});

test('generatedAt must carry an offset so it names one moment', () => {
  const problems = checkDocument(doc([], { meta: { ...meta, generatedAt: '2024-06-20T09:30:00' } }));
  assert.equal(problems[0]?.code, 'document.bad-generated-at');
  assert.equal(problems[0]?.field, 'meta.generatedAt');
});

test('empty alt text and captions are errors: they are what a screen reader announces', () => {
  const problems = checkDocument(doc([{ ...fig('f1', 1), alt: ' ', caption: '' }]));
  assert.deepEqual(
    problems.map((p) => p.field),
    ['blocks[0].caption', 'blocks[0].alt'],
  );
});

test('assertValidDocument throws a ScrutinyError carrying every problem', () => {
  assert.throws(
    () => assertValidDocument(doc([heading(3, 'x', 'X'), paragraph(figureRef('y'))])),
    (error: unknown) => error instanceof ScrutinyError && error.problems.length === 2,
  );
});
