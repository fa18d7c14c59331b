/**
 * The plain words of a markdown-it inline token, line by line: emphasis, link and code markers are
 * syntax and leave no trace; a link keeps its words and an image its alternative text. Each soft or
 * hard line break starts the next source line, so a sentence in a wrapped paragraph keeps its line.
 * One case is not: markdown-it folds a line break inside a code span (`n=\n5`) to a space, so the
 * lines after such a span are counted one early.
 */
import type { Token } from 'markdown-it';

export interface SourceLine {
  readonly words: string;
  /** 1-based line in the commentary file. */
  readonly line: number;
}

export function wordLines(inline: Token | undefined, firstLine: number): SourceLine[] {
  const lines: string[] = [''];
  const add = (words: string) => {
    lines[lines.length - 1] += words.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  };
  const walk = (children: readonly Token[]) => {
    for (const child of children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') lines.push('');
      else if (child.type === 'image') walk(child.children ?? []);
      else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline')
        add(child.content);
    }
  };
  walk(inline?.children ?? []);
  return lines.map((words, i) => ({ words, line: firstLine + i }));
}
