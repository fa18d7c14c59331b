/**
 * Document -> Word (.docx), the format OPCCs edit and circulate. Word's own styles throughout
 * (Title, Heading 1-4, Caption, list numbering), real tables, figures as PNG images with alt
 * text, A4 pages with the classification in the header and footer and 'Page N of M'.
 *
 * Figures are PNGs made by Chromium from the chart SVGs (see figureImages.ts) rather than SVG
 * with a PNG fallback: every Word version and LibreOffice shows a PNG identically, while SVG in
 * Word is drawn by Word's own renderer with whatever fonts the reader has. Without Chromium the
 * figure's data table stands in for the picture and the caller reports it.
 *
 * The result is byte-for-byte reproducible: the document's creation time is the model's
 * generatedAt (never the clock) and the zip is rewritten with fixed entry times.
 */
import {
  AlignmentType,
  Document as DocxDocument,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { assertValidDocument } from '../../../document/check.js';
import { figureNumbers } from '../../../document/inline.js';
import type { Document } from '../../../document/model.js';
import { generatedByLine, metaLine } from '../documentText.js';
import { type BlockContext, blockParagraphs, type FigureImage } from './docxBlocks.js';
import { reproducibleDocx } from './reproducibleZip.js';

/** A4 in twentieths of a point, with 18 mm side margins and 20 mm top and bottom (as the PDF). */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1020, right: 1020, header: 567, footer: 567 },
};

const FONT = 'Arial';

function marking(doc: Document): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: doc.classification, bold: true })],
  });
}

function orderedListNumbering() {
  return {
    reference: 'ordered-list',
    levels: [0, 1, 2, 3].map((level) => ({
      level,
      format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][
        level
      ],
      text: `%${level + 1}.`,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}

export async function renderDocx(
  doc: Document,
  images: ReadonlyMap<string, FigureImage>,
): Promise<Uint8Array> {
  assertValidDocument(doc);
  const context: BlockContext = { numbers: figureNumbers(doc), images, nextListInstance: 1 };
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(doc.subtitle === undefined
      ? []
      : [new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true, size: 28 })] })]),
    new Paragraph({ children: [new TextRun({ text: metaLine(doc), color: '404040' })] }),
    ...doc.blocks.flatMap((block) => blockParagraphs(block, context)),
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun({ text: generatedByLine(doc), italics: true, color: '404040' })],
    }),
  ];
  const word = new DocxDocument({
    creator: doc.meta.organisation,
    lastModifiedBy: `Scrutiny ${doc.meta.version}`,
    title: `${doc.title} – ${doc.meta.periodLabel}`,
    description: generatedByLine(doc),
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: { config: [orderedListNumbering()] },
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: new Header({ children: [marking(doc)] }) },
        footers: {
          default: new Footer({
            children: [
              marking(doc),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(word);
  return reproducibleDocx(new Uint8Array(packed), doc.meta.generatedAt);
}
