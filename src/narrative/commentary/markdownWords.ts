/**
 * The plain words of a markdown-it inline token, line by line: emphasis, link and code markers are
 * syntax and leave no trace; a link keeps its words and an image its alternative text. Each soft or
 * hard line break starts the next source line, so a sentence in a wrapped paragraph keeps its line.
 * markdown-it folds a line break inside a code span (`n=\n5`) to a space, so the span's own line
 * breaks are counted from the source (the inline token's raw text) rather than from its tokens: the
 * words after the span go on the line where it ends, glued to it (no space is added between them).
 */
import type { Token } from 'markdown-it';

export interface SourceLine {
  readonly words: string;
  /** 1-based line in the commentary file. */
  readonly line: number;
  /** The words carry on from the line before with no space (after a code span across lines). */
  readonly glued?: boolean;
}

export function wordLines(inline: Token | undefined, firstLine: number): SourceLine[] {
  const lines: { words: string; line: number; glued?: boolean }[] = [{ words: '', line: firstLine }];
  const raw = inline?.content ?? '';
  // Source lines the words have reached, and where in `raw` the next code span is looked for.
  let rawLine = 0;
  let searchFrom = 0;
  const add = (words: string) => {
    lines[lines.length - 1]!.words += words.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  };
  const newLine = (breaks: number, glued: boolean) => {
    rawLine += breaks;
    lines.push({ words: '', line: firstLine + rawLine, ...(glued ? { glued } : {}) });
    searchFrom = Math.max(searchFrom, startOfLine(raw, rawLine));
  };
  const walk = (children: readonly Token[]) => {
    for (const child of children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') newLine(1, false);
      else if (child.type === 'image') walk(child.children ?? []);
      else if (child.type === 'text' || child.type === 'text_special') add(child.content);
      else if (child.type === 'code_inline') {
        add(child.content);
        const span = codeSpanIn(raw, child.markup, searchFrom);
        if (span === undefined) continue;
        const breaks = raw.slice(span.start, span.end).split('\n').length - 1;
        if (breaks > 0) newLine(breaks, true);
        searchFrom = span.end;
      }
    }
  };
  walk(inline?.children ?? []);
  // A span's last line with nothing after it is no line of words (an empty one would end the block).
  return lines.filter((l) => !(l.glued && l.words === ''));
}

/** The offset at which 0-based line `index` of `text` starts (its length when there is no such line). */
function startOfLine(text: string, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** The next code span opened and closed by exactly `markup` (a run of backticks) from `from` on. */
function codeSpanIn(text: string, markup: string, from: number): { start: number; end: number } | undefined {
  const run = (at: number) => {
    if (!text.startsWith(markup, at) || text[at - 1] === '`') return false;
    return text[at + markup.length] !== '`';
  };
  let start = text.indexOf(markup, from);
  while (start >= 0 && !run(start)) start = text.indexOf(markup, start + 1);
  if (start < 0) return undefined;
  let end = text.indexOf(markup, start + markup.length);
  while (end >= 0 && !run(end)) end = text.indexOf(markup, end + 1);
  return end < 0 ? undefined : { start, end: end + markup.length };
}
