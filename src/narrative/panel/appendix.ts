/**
 * A whole document (the quarterly NCPM statement) as an appendix of another: its title becomes a
 * level-1 heading 'Appendix A: ...', its sections move one level down (level 4 stays 4, the
 * deepest the model has), and every anchor, figure id and in-document link gains a prefix, so
 * the statement's 'introduction' cannot collide with the report's. Figures keep their order and
 * are renumbered after the report's own, so 'Figure N' stays right in text and captions.
 */
import { emphasis, heading, pageBreak, paragraph } from '../../document/build.js';
import type {
  Block,
  Document,
  HeadingLevel,
  Inline,
  ListBlock,
  Table,
  TableCell,
} from '../../document/model.js';

export interface AppendixOptions {
  /** 'A'. */
  readonly letter: string;
  /** How many figures come before the appendix in the host document. */
  readonly figuresBefore: number;
}

export const appendixAnchor = (letter: string): string => `appendix-${letter.toLowerCase()}`;

function relabel(prefix: string) {
  const id = (value: string) => `${prefix}${value}`;
  const runs = (list: readonly Inline[]): Inline[] =>
    list.map((run): Inline => {
      if (run.kind === 'figureRef') return { ...run, figureId: id(run.figureId) };
      if (run.kind === 'link' && run.href.startsWith('#'))
        return { ...run, href: `#${id(run.href.slice(1))}` };
      return run;
    });
  const cell = (c: TableCell): TableCell => (typeof c === 'string' ? c : runs(c));
  const tableOf = (t: Table): Table => ({
    ...t,
    header: t.header.map((row) => row.map(cell)),
    rows: t.rows.map((row) => row.map(cell)),
  });
  const listOf = (l: ListBlock): ListBlock => ({
    ...l,
    items: l.items.map((item) => ({
      runs: runs(item.runs),
      ...(item.children ? { children: listOf(item.children) } : {}),
    })),
  });
  return { id, runs, tableOf, listOf };
}

export function asAppendix(doc: Document, options: AppendixOptions): Block[] {
  const anchor = appendixAnchor(options.letter);
  const r = relabel(`${anchor}-`);
  const moved = doc.blocks.map((block): Block => {
    switch (block.kind) {
      case 'heading':
        return { ...block, id: r.id(block.id), level: Math.min(4, block.level + 1) as HeadingLevel };
      case 'paragraph':
        return { ...block, runs: r.runs(block.runs) };
      case 'list':
        return r.listOf(block);
      case 'table':
        return { kind: 'table', ...r.tableOf(block) };
      case 'figure':
        return {
          ...block,
          id: r.id(block.id),
          number: block.number + options.figuresBefore,
          dataTable: r.tableOf(block.dataTable),
        };
      case 'callout':
        return { ...block, paragraphs: block.paragraphs.map(r.runs) };
      default:
        return block;
    }
  });
  return [
    pageBreak(),
    heading(1, anchor, `Appendix ${options.letter}: ${doc.title}, ${doc.meta.periodLabel}`),
    ...(doc.subtitle === undefined ? [] : [paragraph(emphasis(doc.subtitle))]),
    paragraph(`${doc.meta.organisation} · ${doc.meta.periodLabel}`),
    ...moved,
  ];
}
