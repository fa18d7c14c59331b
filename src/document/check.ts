/**
 * checkDocument finds what would make a document inaccessible or self-contradictory before any
 * renderer runs: headings that skip a level, anchors used twice, figures numbered out of order,
 * references to figures that are not there, ragged tables, missing captions or alt text.
 * Every renderer calls assertValidDocument, so no output is written from a broken model.
 */
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import { ScrutinyError } from '../errors/problem.js';
import { isInstant } from './format.js';
import type { Block, Document, Inline, ListBlock, Table } from './model.js';

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const m = messages.report;

function checkRuns(
  runs: readonly Inline[],
  field: string,
  figures: ReadonlySet<string>,
  out: Problem[],
): void {
  runs.forEach((run, i) => {
    if (run.kind === 'figureRef' && !figures.has(run.figureId)) {
      out.push(m.unresolvedFigureRef(`${field}.runs[${i}]`, run.figureId));
    }
  });
}

function checkList(list: ListBlock, field: string, figures: ReadonlySet<string>, out: Problem[]): void {
  list.items.forEach((item, i) => {
    checkRuns(item.runs, `${field}.items[${i}]`, figures, out);
    if (item.children) checkList(item.children, `${field}.items[${i}].children`, figures, out);
  });
}

function checkTable(table: Table, field: string, figures: ReadonlySet<string>, out: Problem[]): void {
  if (table.caption.trim() === '') out.push(m.emptyText(`${field}.caption`));
  const width = table.columns.length;
  const rows = [
    ...table.header.map((row, i) => [row, `${field}.header[${i}]`] as const),
    ...table.rows.map((row, i) => [row, `${field}.rows[${i}]`] as const),
  ];
  for (const [row, rowField] of rows) {
    if (row.length !== width) out.push(m.tableWidth(rowField, width, row.length));
    row.forEach((cell, c) => {
      if (typeof cell !== 'string') checkRuns(cell, `${rowField}[${c}]`, figures, out);
    });
  }
}

/** Anchors: unique, URL- and file-name-safe; returns the figure ids for reference checks. */
function checkIds(blocks: readonly Block[], out: Problem[]): Set<string> {
  const seen = new Map<string, string>();
  const figures = new Set<string>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' && block.kind !== 'figure') return;
    const field = `blocks[${i}].id`;
    if (!ID_PATTERN.test(block.id)) out.push(m.badId(field, block.id));
    const first = seen.get(block.id);
    if (first === undefined) seen.set(block.id, field);
    else out.push(m.duplicateId(field, block.id, first));
    if (block.kind === 'figure') figures.add(block.id);
  });
  return figures;
}

export function checkDocument(doc: Document): Problem[] {
  const out: Problem[] = [];
  if (doc.title.trim() === '') out.push(m.emptyText('title'));
  if (!isInstant(doc.meta.generatedAt)) out.push(m.badInstant('meta.generatedAt', doc.meta.generatedAt));
  const figures = checkIds(doc.blocks, out);
  // The title stands at level 0, so the first section heading must be level 1.
  let previousLevel = 0;
  let nextFigure = 1;
  doc.blocks.forEach((block, i) => {
    const field = `blocks[${i}]`;
    switch (block.kind) {
      case 'heading':
        if (block.level > previousLevel + 1)
          out.push(m.headingOutOfOrder(`${field}.level`, previousLevel, block.level));
        if (block.text.trim() === '') out.push(m.emptyText(`${field}.text`));
        previousLevel = block.level;
        break;
      case 'paragraph':
        checkRuns(block.runs, field, figures, out);
        break;
      case 'list':
        checkList(block, field, figures, out);
        break;
      case 'table':
        checkTable(block, field, figures, out);
        break;
      case 'figure':
        if (block.number !== nextFigure)
          out.push(m.figureNumber(`${field}.number`, nextFigure, block.number));
        nextFigure = block.number + 1;
        if (block.caption.trim() === '') out.push(m.emptyText(`${field}.caption`));
        if (block.alt.trim() === '') out.push(m.emptyText(`${field}.alt`));
        checkTable(block.dataTable, `${field}.dataTable`, figures, out);
        break;
      case 'callout':
        block.paragraphs.forEach((runs, p) => {
          checkRuns(runs, `${field}.paragraphs[${p}]`, figures, out);
        });
        break;
      case 'pageBreak':
        break;
    }
  });
  return out;
}

/** Throws every problem at once, so a builder sees the whole list in one run. */
export function assertValidDocument(doc: Document): void {
  const problems = checkDocument(doc);
  if (problems.length > 0) throw new ScrutinyError(problems);
}
