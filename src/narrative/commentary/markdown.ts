/**
 * Just enough Markdown for checking commentary: headings, paragraphs, list items and figure
 * captions, each with the line it starts on, and sentences with the line each starts on.
 * Commentary is prose written by analysts; we never need inline formatting, only the words.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'caption';

export interface Block {
  readonly kind: BlockKind;
  /** The text with Markdown emphasis markers removed and line breaks folded to spaces. */
  readonly text: string;
  /** 1-based line of the block's first line. */
  readonly line: number;
  /** Heading level (1-6) for headings. */
  readonly level?: number;
  /** Start offset within `text` of each source line, so an offset maps back to its line. */
  readonly lineStarts: readonly number[];
}

export interface Sentence {
  readonly text: string;
  readonly line: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)]|[a-z][.)])\s+(.*)$/;
/** "Figure 2 – Violence with Injury ..." (any dash), possibly wrapped in emphasis or a list bullet. */
const CAPTION = /^\s*(?:[-*+•]\s+)?[*_]*\s*Figure\s+\d+\s*[–—:-]/i;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: Block[] = [];
  let paragraph: { lines: string[]; line: number } | undefined;

  const flush = () => {
    if (paragraph) blocks.push(joinLines('paragraph', paragraph.lines, paragraph.line));
    paragraph = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '') {
      flush();
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      flush();
      blocks.push({ ...joinLines('heading', [heading[2] ?? ''], lineNo), level: heading[1]?.length ?? 1 });
      return;
    }
    if (CAPTION.test(raw)) {
      flush();
      blocks.push(joinLines('caption', [raw.replace(/^\s*[-*+•]\s+/, '')], lineNo));
      return;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      flush();
      blocks.push(joinLines('list_item', [item[1] ?? ''], lineNo));
      return;
    }
    if (paragraph) paragraph.lines.push(raw);
    else paragraph = { lines: [raw], line: lineNo };
  });
  flush();
  return blocks;
}

function joinLines(kind: BlockKind, lines: readonly string[], line: number): Block {
  const lineStarts: number[] = [];
  let text = '';
  for (const l of lines) {
    if (text !== '') text += ' ';
    lineStarts.push(text.length);
    text += stripInline(l.trim());
  }
  return { kind, text, line, lineStarts };
}

/** Remove emphasis markers and link targets; keep the words. */
function stripInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}

/** Split a block into sentences, each with the source line it starts on. */
export function sentencesOf(block: Block): Sentence[] {
  const sentences: Sentence[] = [];
  // A sentence ends at . ! or ? followed by a space and a capital, digit or quote; decimals and
  // abbreviations such as "Govt." followed by a lower-case word do not end one.
  const boundary = /[.!?](?=\s+["'(]?[A-Z0-9])/g;
  let start = 0;
  for (let match = boundary.exec(block.text); match; match = boundary.exec(block.text)) {
    push(start, match.index + 1);
    start = match.index + 1;
  }
  push(start, block.text.length);
  return sentences;

  function push(from: number, to: number) {
    const raw = block.text.slice(from, to);
    const text = raw.trim();
    if (text === '') return;
    const offset = from + (raw.length - raw.trimStart().length);
    sentences.push({ text, line: block.line + lineIndexOf(block, offset) });
  }
}

function lineIndexOf(block: Block, offset: number): number {
  let index = 0;
  block.lineStarts.forEach((start, i) => {
    if (start <= offset) index = i;
  });
  return index;
}
