/**
 * The document model every renderer takes: a statement, a Panel report or a board pack is built
 * as one `Document` by the layers above (narrative, report, board) and written by the renderers
 * in src/report/render without any further computation.
 *
 * The model is renderer-neutral on purpose: it says what a thing is (a heading of level 2, a
 * numeric column, a figure with its data), never how it looks, so that HTML, PDF, Word and
 * Markdown stay consistent with one another. It is plain data (no classes, no functions) so a
 * model can be written to JSON, compared in tests and built by hand.
 */

/** Government Security Classifications; every page of every output carries the marking. */
export type Classification = 'OFFICIAL' | 'OFFICIAL-SENSITIVE';

export interface DocumentMeta {
  /** Who publishes it, e.g. 'Office of the Police and Crime Commissioner for Warwickshire'. */
  readonly organisation: string;
  /** The period it covers, as the house style writes it, e.g. 'Q4 2023/24'. */
  readonly periodLabel: string;
  /**
   * When it was generated, as ISO 8601 with an offset or 'Z' (e.g. '2024-06-20T09:30:00+01:00').
   * An input, never read from the clock inside a renderer, so the same model gives the same bytes.
   */
  readonly generatedAt: string;
  /** The Scrutiny version that generated it, e.g. '0.1.0'. */
  readonly version: string;
}

export interface Document {
  readonly title: string;
  readonly subtitle?: string;
  readonly classification: Classification;
  readonly meta: DocumentMeta;
  readonly blocks: readonly Block[];
}

// ---------------------------------------------------------------------------------------------
// Inline content: a paragraph, a list item or a table cell is a sequence of runs.

export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
}
export interface StrongRun {
  readonly kind: 'strong';
  readonly text: string;
}
export interface EmphasisRun {
  readonly kind: 'emphasis';
  readonly text: string;
}
export interface LinkRun {
  readonly kind: 'link';
  readonly text: string;
  /** An absolute URL, or '#id' for a heading or figure in the same document. */
  readonly href: string;
}
/** 'Figure 3', numbered from the figure it points at, so text and figures cannot disagree. */
export interface FigureRefRun {
  readonly kind: 'figureRef';
  /** The `id` of a FigureBlock in the same document. */
  readonly figureId: string;
}

export type Inline = TextRun | StrongRun | EmphasisRun | LinkRun | FigureRefRun;

// ---------------------------------------------------------------------------------------------
// Blocks.

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * Section levels below the document's title: the title is the only top-level heading (HTML h1,
 * Word 'Title', Markdown '#'); a level-1 heading is a top section (HTML h2, Word 'Heading 1',
 * Markdown '##'), and so on down to level 4.
 */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  /** A stable anchor, unique in the document: lower case letters, digits and hyphens. */
  readonly id: string;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Inline[];
}

export interface ListItem {
  readonly runs: readonly Inline[];
  /** A nested list under this item. */
  readonly children?: ListBlock;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}

export type ColumnAlign = 'left' | 'right' | 'centre';

export interface TableColumn {
  readonly align: ColumnAlign;
  /** Numbers: right-aligned with tabular figures in every format. */
  readonly numeric: boolean;
}

/** A cell: plain text, or runs when it needs emphasis or a link. */
export type TableCell = string | readonly Inline[];

export interface Table {
  readonly caption: string;
  /** One or more header rows; each row has one cell per column. */
  readonly header: readonly (readonly TableCell[])[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly columns: readonly TableColumn[];
  /** The first cell of each body row names the row (HTML `<th scope="row">`). */
  readonly rowHeaders?: boolean;
}

export interface TableBlock extends Table {
  readonly kind: 'table';
}

export interface FigureBlock {
  readonly kind: 'figure';
  /** A stable anchor, unique in the document, referred to by FigureRefRun. */
  readonly id: string;
  /** 'Figure 3': numbered by the builder, in document order. */
  readonly number: number;
  /** The caption without the 'Figure N' prefix, e.g. 'Burglary (Home) volumes'. */
  readonly caption: string;
  /** The chart described in words for someone who cannot see it. */
  readonly alt: string;
  /** A complete standalone SVG document (from src/report/charts). */
  readonly svg: string;
  /** The numbers behind the chart. */
  readonly dataTable: Table;
}

export type CalloutTone = 'note' | 'caution';

export interface CalloutBlock {
  readonly kind: 'callout';
  readonly tone: CalloutTone;
  readonly title?: string;
  /** One or more paragraphs. */
  readonly paragraphs: readonly (readonly Inline[])[];
}

/** A hint that a new page should start here in paged outputs (PDF, Word); ignored elsewhere. */
export interface PageBreakBlock {
  readonly kind: 'pageBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FigureBlock
  | CalloutBlock
  | PageBreakBlock;
