/**
 * A model table as a real Word table: a caption paragraph (Word's Caption style) kept with the
 * table, header rows marked to repeat on each page, rows that never split across pages, and
 * numeric columns right-aligned.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { cellRuns, type FigureNumbers } from '../../../document/inline.js';
import type { ColumnAlign, Table as ModelTable } from '../../../document/model.js';
import { inlineRuns } from './docxInline.js';

const ALIGNMENT: Record<ColumnAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  centre: AlignmentType.CENTER,
};

export function tableCaption(text: string): Paragraph {
  return new Paragraph({ text, style: 'Caption', keepNext: true });
}

export function docxTable(table: ModelTable, numbers: FigureNumbers): Table {
  const row = (cells: ModelTable['rows'][number], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((cell, c) => {
        const column = table.columns[c];
        const alignment = column ? ALIGNMENT[column.numeric ? 'right' : column.align] : AlignmentType.LEFT;
        return new TableCell({
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F0F2F5' } } : {}),
          children: [
            new Paragraph({ alignment, children: inlineRuns(cellRuns(cell), numbers, { bold: header }) }),
          ],
        });
      }),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...table.header.map((cells) => row(cells, true)), ...table.rows.map((cells) => row(cells, false))],
  });
}
