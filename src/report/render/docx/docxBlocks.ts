/**
 * Blocks as Word paragraphs and tables. Headings use Word's own heading styles (so the navigation
 * pane and a table of contents work), each with a bookmark for links; figures are PNG images with
 * their alt text, kept on the page with their caption.
 */
import {
  Bookmark,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  type Table,
  TextRun,
} from 'docx';
import { type FigureNumbers, figureTitle } from '../../../document/inline.js';
import type { Block, FigureBlock, ListBlock } from '../../../document/model.js';
import { calloutHeading } from '../documentText.js';
import { bookmarkName, inlineRuns } from './docxInline.js';
import { docxTable, tableCaption } from './docxTable.js';

/** A figure's chart as a PNG, with the size it should appear at in CSS pixels (96 to the inch). */
export interface FigureImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface BlockContext {
  readonly numbers: FigureNumbers;
  readonly images: ReadonlyMap<string, FigureImage>;
  /** Counts ordered lists so that each one restarts at 1. */
  nextListInstance: number;
}

const HEADING = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** The text column of an A4 page with 18 mm margins is about 657 px; images never exceed it. */
const MAX_IMAGE_WIDTH = 640;

function listParagraphs(list: ListBlock, context: BlockContext, level: number): Paragraph[] {
  const instance = list.ordered ? context.nextListInstance++ : 0;
  return list.items.flatMap((item) => {
    const paragraph = new Paragraph({
      children: inlineRuns(item.runs, context.numbers),
      ...(list.ordered
        ? { numbering: { reference: 'ordered-list', level, instance } }
        : { bullet: { level } }),
    });
    return item.children ? [paragraph, ...listParagraphs(item.children, context, level + 1)] : [paragraph];
  });
}

function figureParagraphs(figure: FigureBlock, context: BlockContext): (Paragraph | Table)[] {
  const caption = new Paragraph({
    style: 'Caption',
    children: [new Bookmark({ id: bookmarkName(figure.id), children: [new TextRun(figureTitle(figure))] })],
  });
  const image = context.images.get(figure.id);
  if (image === undefined) {
    // No picture without Chromium: the numbers behind the chart stand in for it.
    return [caption, tableCaption(figure.dataTable.caption), docxTable(figure.dataTable, context.numbers)];
  }
  const scale = Math.min(1, MAX_IMAGE_WIDTH / image.width);
  const picture = new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
        altText: { name: `figure-${figure.number}`, title: figureTitle(figure), description: figure.alt },
      }),
    ],
  });
  return [picture, caption];
}

export function blockParagraphs(block: Block, context: BlockContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING[block.level - 1],
          keepNext: true,
          children: [new Bookmark({ id: bookmarkName(block.id), children: [new TextRun(block.text)] })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(block.runs, context.numbers) })];
    case 'list':
      return listParagraphs(block, context, 0);
    case 'table':
      return [tableCaption(block.caption), docxTable(block, context.numbers)];
    case 'figure':
      return figureParagraphs(block, context);
    case 'callout': {
      const title = calloutHeading(block.tone, block.title);
      const border = {
        style: BorderStyle.SINGLE,
        size: 24,
        color: block.tone === 'caution' ? 'C65D00' : '1F3864',
        space: 8,
      };
      const shading = {
        type: ShadingType.CLEAR,
        color: 'auto',
        fill: block.tone === 'caution' ? 'FDF4EC' : 'F3F5F8',
      };
      const boxed = { border: { left: border }, shading, indent: { left: 200 } };
      return [
        new Paragraph({ ...boxed, keepNext: true, children: [new TextRun({ text: title, bold: true })] }),
        ...block.paragraphs.map(
          (runs) => new Paragraph({ ...boxed, children: inlineRuns(runs, context.numbers) }),
        ),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
