/** Reading a Document in tests: its blocks as plain lines, and the blocks of one section. */
import { cellText, figureNumbers, plainText } from '../../src/document/inline.js';
import type { Block, Document, ListBlock } from '../../src/document/model.js';

function listLines(list: ListBlock, numbers: ReturnType<typeof figureNumbers>): string[] {
  return list.items.flatMap((item) => [
    plainText(item.runs, numbers),
    ...(item.children ? listLines(item.children, numbers) : []),
  ]);
}

/** One or more lines per block, as a reader would read them. */
export function blockLines(doc: Document, blocks: readonly Block[] = doc.blocks): string[] {
  const numbers = figureNumbers(doc);
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [plainText(b.runs, numbers)];
      case 'list':
        return listLines(b, numbers);
      case 'table':
        return [
          b.caption,
          ...[...b.header, ...b.rows].map((row) => row.map((c) => cellText(c, numbers)).join(' | ')),
        ];
      case 'figure':
        return [b.caption];
      case 'callout':
        return b.paragraphs.map((p) => plainText(p, numbers));
      default:
        return [];
    }
  });
}

/** The blocks after the heading with `id`, up to the next heading at its level or above. */
export function section(doc: Document, id: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === id);
  if (start < 0) throw new Error(`no heading ${id}`);
  const head = doc.blocks[start];
  const level = head?.kind === 'heading' ? head.level : 1;
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= level);
  return end < 0 ? rest : rest.slice(0, end);
}
