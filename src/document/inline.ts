/**
 * Reading inline content the same way in every renderer: the figure numbers that FigureRefRuns
 * point at, plain text for alt attributes and Markdown, and table cells as runs.
 */
import type { Block, Document, Inline, TableCell } from './model.js';

/** Figure id -> its number, from the document's figures in order. */
export type FigureNumbers = ReadonlyMap<string, number>;

export function figureNumbers(doc: Pick<Document, 'blocks'>): FigureNumbers {
  const numbers = new Map<string, number>();
  for (const block of doc.blocks) if (block.kind === 'figure') numbers.set(block.id, block.number);
  return numbers;
}

/** 'Figure 3' for a reference; an unresolved reference reads 'Figure ?' (checkDocument reports it). */
export function figureLabel(figureId: string, numbers: FigureNumbers): string {
  const n = numbers.get(figureId);
  return `Figure ${n === undefined ? '?' : n}`;
}

/** The words of a run as a reader sees them. */
export function runText(run: Inline, numbers: FigureNumbers): string {
  return run.kind === 'figureRef' ? figureLabel(run.figureId, numbers) : run.text;
}

export function plainText(runs: readonly Inline[], numbers: FigureNumbers): string {
  return runs.map((run) => runText(run, numbers)).join('');
}

/** A table cell as runs, whichever form it was written in. */
export function cellRuns(cell: TableCell): readonly Inline[] {
  return typeof cell === 'string' ? [{ kind: 'text', text: cell }] : cell;
}

export function cellText(cell: TableCell, numbers: FigureNumbers): string {
  return plainText(cellRuns(cell), numbers);
}

/** The caption as printed under a figure: 'Figure 3 – Burglary (Home) volumes'. */
export function figureTitle(block: Extract<Block, { kind: 'figure' }>): string {
  return `Figure ${block.number} – ${block.caption}`;
}
