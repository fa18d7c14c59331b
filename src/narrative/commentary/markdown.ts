/**
 * The blocks of the analysts' commentary the checker reads: headings, paragraphs, list items and
 * figure captions, each with the line it starts on, and sentences with the line each starts on.
 * markdown-it parses the Markdown (the editor's preview uses it too, so the checker reads what the
 * analyst sees); this file only turns its token stream into words and line numbers. Commentary is
 * prose: we never need inline formatting, only the words.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { withMarkdownListMarkers } from '../../document/wordListMarkers.js';
import { type SourceLine, wordLines } from './markdownWords.js';

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

// Raw HTML stays text, as in the editor's preview (src/app/html/markdownPreview.ts).
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Only the words are read, never a link's target, so every link is a link (markdown-it would
// otherwise leave a javascript: link as its raw brackets and parentheses).
markdown.validateLink = () => true;

/** "Figure 2 – Violence with Injury ..." (any dash): the words of a caption, whatever its markup. */
const CAPTION = /^\s*Figure\s+\d+\s*[–—:-]/i;

export function parseMarkdown(source: string): Block[] {
  const text = withMarkdownListMarkers(source);
  const tokens = markdown.parse(text, {});
  const blocks: Block[] = [];
  let listDepth = 0;
  tokens.forEach((token, index) => {
    if (token.type === 'list_item_open') listDepth++;
    else if (token.type === 'list_item_close') listDepth--;
    else if (token.type === 'heading_open') {
      const lines = wordLines(tokens[index + 1], firstLine(token));
      blocks.push({ ...joinLines('heading', lines), level: Number(token.tag.slice(1)) });
    } else if (token.type === 'paragraph_open') {
      const lines = wordLines(tokens[index + 1], firstLine(token));
      blocks.push(...splitAtCaptions(listDepth > 0 ? 'list_item' : 'paragraph', lines));
    } else if (token.type === 'tr_open') {
      blocks.push(...splitAtCaptions('paragraph', [tableRow(tokens, index)]));
    } else if (token.type === 'code_block' || token.type === 'fence') {
      // Indented or fenced text is still words the statement prints, so its figures are checked.
      const first = firstLine(token) + (token.type === 'fence' ? 1 : 0);
      const lines = token.content.split('\n').map((words, i) => ({ words, line: first + i }));
      blocks.push(...splitAtCaptions('paragraph', lines));
    }
  });
  return blocks;
}

function firstLine(token: Token): number {
  return (token.map?.[0] ?? 0) + 1;
}

/** A table row as one line: its cells' words separated by ' | '. */
function tableRow(tokens: readonly Token[], open: number): SourceLine {
  const cells: string[] = [];
  for (let i = open + 1; i < tokens.length && tokens[i]?.type !== 'tr_close'; i++) {
    const token = tokens[i];
    if (token?.type === 'inline')
      cells.push(
        wordLines(token, 0)
          .map((l) => l.words.trim())
          .join(' '),
      );
  }
  return { words: cells.join(' | '), line: firstLine(tokens[open]!) };
}

/**
 * Blocks of consecutive non-blank lines. A line whose words start "Figure N –" is a caption of its
 * own, as when it stands between paragraphs: captions are told by their words, not their markup.
 */
function splitAtCaptions(kind: BlockKind, lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(joinLines(kind, run));
    run = [];
  };
  for (const line of lines) {
    if (line.words.trim() === '') flush();
    else if (CAPTION.test(line.words)) {
      flush();
      blocks.push(joinLines('caption', [line]));
    } else run.push(line);
  }
  flush();
  return blocks;
}

function joinLines(kind: BlockKind, lines: readonly SourceLine[]): Block {
  const lineStarts: number[] = [];
  let text = '';
  for (const l of lines) {
    if (text !== '' && !l.glued) text += ' ';
    lineStarts.push(text.length);
    text += l.glued ? l.words.trimEnd() : l.words.trim();
  }
  return { kind, text, line: lines[0]?.line ?? 1, lineStarts };
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
