/**
 * Small constructors so that code building a document reads like the document, e.g.
 * `paragraph(text('In March 2024, volumes '), strong('(n=369)'), text(' rose.'))`.
 * They only fill in `kind`; nothing here checks or computes (see checkDocument).
 */
import type {
  CalloutBlock,
  CalloutTone,
  FigureBlock,
  FigureRefRun,
  HeadingBlock,
  HeadingLevel,
  Inline,
  LinkRun,
  ListBlock,
  ListItem,
  PageBreakBlock,
  ParagraphBlock,
  Table,
  TableBlock,
  TableColumn,
} from './model.js';

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });
export const emphasis = (value: string): Inline => ({ kind: 'emphasis', text: value });
export const link = (value: string, href: string): LinkRun => ({ kind: 'link', text: value, href });
export const figureRef = (figureId: string): FigureRefRun => ({ kind: 'figureRef', figureId });

/** Strings become text runs, so `paragraph('Plain sentence.')` works. */
function runsOf(parts: readonly (Inline | string)[]): Inline[] {
  return parts.map((part) => (typeof part === 'string' ? text(part) : part));
}

export function heading(level: HeadingLevel, id: string, value: string): HeadingBlock {
  return { kind: 'heading', level, id, text: value };
}

export function paragraph(...parts: (Inline | string)[]): ParagraphBlock {
  return { kind: 'paragraph', runs: runsOf(parts) };
}

export type ListItemInput = string | readonly (Inline | string)[] | ListItem;

function isListItem(item: ListItemInput): item is ListItem {
  return typeof item === 'object' && !Array.isArray(item) && 'runs' in item;
}

function listItem(item: ListItemInput): ListItem {
  if (typeof item === 'string') return { runs: [text(item)] };
  if (isListItem(item)) return item;
  return { runs: runsOf(item as readonly (Inline | string)[]) };
}

export function list(ordered: boolean, items: readonly ListItemInput[]): ListBlock {
  return { kind: 'list', ordered, items: items.map(listItem) };
}

/** Columns from a compact description: 'l' left text, 'c' centred text, 'n' a numeric column. */
export function columns(spec: string): TableColumn[] {
  return [...spec].map((c) => {
    if (c === 'n') return { align: 'right', numeric: true };
    if (c === 'c') return { align: 'centre', numeric: false };
    return { align: 'left', numeric: false };
  });
}

export function table(content: Table): TableBlock {
  return { kind: 'table', ...content };
}

export function figure(content: Omit<FigureBlock, 'kind'>): FigureBlock {
  return { kind: 'figure', ...content };
}

export function callout(
  tone: CalloutTone,
  paragraphs: readonly (readonly (Inline | string)[])[],
  title?: string,
): CalloutBlock {
  const body = paragraphs.map(runsOf);
  return title === undefined
    ? { kind: 'callout', tone, paragraphs: body }
    : { kind: 'callout', tone, title, paragraphs: body };
}

export const pageBreak = (): PageBreakBlock => ({ kind: 'pageBreak' });
