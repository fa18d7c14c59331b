/**
 * Analysts paste from Word, where '•' bullets and lettered items ("a) Serious Violence", "b. ...")
 * are lists; Markdown knows neither. Before markdown-it reads the text, such a marker at the start
 * of a line becomes Markdown's own ('•' a '-' bullet, a letter '1)' or '1.', a numbered item), one
 * line for one line, so every line number stays the source's. A byte-order mark is dropped.
 */
const WORD_LIST_MARKER = /^([ \t]*)(?:(•)|[a-z]([.)]))(?=[ \t])/gm;

export function withMarkdownListMarkers(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .replace(WORD_LIST_MARKER, (_, indent: string, bullet?: string, delimiter?: string) =>
      bullet ? `${indent}-` : `${indent}1${delimiter}`,
    );
}
