/**
 * Document -> GitHub-flavoured Markdown, with each figure written as its own SVG file beside the
 * Markdown and linked as an image (the SVG carries its own title and description). Headings and
 * figures get an explicit anchor (`<a id>`) so that links and figure references made with the
 * model's ids work wherever the Markdown is shown. The data behind each chart follows it in a
 * collapsible table.
 */
import { assertValidDocument } from '../../../document/check.js';
import { cellRuns, type FigureNumbers, figureNumbers, figureTitle } from '../../../document/inline.js';
import type { Block, ColumnAlign, Document, ListBlock, Table } from '../../../document/model.js';
import { calloutHeading, generatedByLine, metaLine } from '../documentText.js';
import { accessibleFigureSvg, figureFileName } from '../figureSvg.js';
import { escapeMarkdown, inlineMarkdown } from './markdownInline.js';

export interface FigureFile {
  /** Relative to the Markdown file, e.g. 'figures/figure-3-burglary-volumes.svg'. */
  readonly path: string;
  readonly svg: string;
}

export interface MarkdownOutput {
  readonly markdown: string;
  readonly figures: readonly FigureFile[];
}

const RULE: Record<ColumnAlign, string> = { left: ':---', right: '---:', centre: ':---:' };

/** One table cell: a newline or a '|' would break the row. */
function cellMarkdown(markdown: string): string {
  return markdown.replace(/\n/g, ' ');
}

export function tableMarkdown(table: Table, numbers: FigureNumbers): string {
  const row = (cells: readonly string[]) => `| ${cells.map(cellMarkdown).join(' | ')} |`;
  // GFM has exactly one header row; further header rows are printed in bold as body rows.
  const [first, ...more] = table.header;
  const header = first ?? table.columns.map(() => '');
  const lines = [
    `**${escapeMarkdown(table.caption)}**`,
    '',
    row(header.map((cell) => inlineMarkdown(cellRuns(cell), numbers))),
    row(table.columns.map((c) => RULE[c.align])),
    ...more.map((cells) => row(cells.map((cell) => `**${inlineMarkdown(cellRuns(cell), numbers)}**`))),
    ...table.rows.map((cells) => row(cells.map((cell) => inlineMarkdown(cellRuns(cell), numbers)))),
  ];
  return lines.join('\n');
}

function listMarkdown(list: ListBlock, numbers: FigureNumbers, indent: string): string {
  return list.items
    .map((item, i) => {
      const marker = list.ordered ? `${i + 1}.` : '-';
      const line = `${indent}${marker} ${inlineMarkdown(item.runs, numbers)}`;
      if (!item.children) return line;
      const childIndent = `${indent}${' '.repeat(marker.length + 1)}`;
      return `${line}\n${listMarkdown(item.children, numbers, childIndent)}`;
    })
    .join('\n');
}

function blockMarkdown(block: Block, numbers: FigureNumbers, figures: FigureFile[]): string | undefined {
  switch (block.kind) {
    case 'heading':
      return `<a id="${block.id}"></a>\n\n${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return inlineMarkdown(block.runs, numbers);
    case 'list':
      return listMarkdown(block, numbers, '');
    case 'table':
      return tableMarkdown(block, numbers);
    case 'figure': {
      const path = figureFileName(block);
      figures.push({ path, svg: accessibleFigureSvg(block) });
      const alt = escapeMarkdown(block.alt).replace(/\n/g, ' ');
      return [
        `<a id="${block.id}"></a>`,
        '',
        `![${alt}](${path})`,
        '',
        `*${escapeMarkdown(figureTitle(block))}*`,
        '',
        `<details>\n<summary>The numbers behind Figure ${block.number}</summary>`,
        '',
        tableMarkdown(block.dataTable, numbers),
        '',
        '</details>',
      ].join('\n');
    }
    case 'callout': {
      const title = `**${escapeMarkdown(calloutHeading(block.tone, block.title))}**`;
      const body = block.paragraphs.map((runs) => inlineMarkdown(runs, numbers));
      return [title, ...body].map((p) => `> ${p}`).join('\n>\n');
    }
    case 'pageBreak':
      // A hint for paged outputs only; Markdown has no pages.
      return undefined;
  }
}

export function renderMarkdown(doc: Document): MarkdownOutput {
  assertValidDocument(doc);
  const numbers = figureNumbers(doc);
  const figures: FigureFile[] = [];
  const marking = `**${doc.classification}**`;
  const parts = [
    marking,
    `# ${escapeMarkdown(doc.title)}`,
    ...(doc.subtitle === undefined ? [] : [`*${escapeMarkdown(doc.subtitle)}*`]),
    escapeMarkdown(metaLine(doc)),
    ...doc.blocks.map((block) => blockMarkdown(block, numbers, figures)).filter((p) => p !== undefined),
    `*${escapeMarkdown(generatedByLine(doc))}*`,
    marking,
  ];
  return { markdown: `${parts.join('\n\n')}\n`, figures };
}
