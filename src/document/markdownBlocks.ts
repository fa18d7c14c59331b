/**
 * Analysts' Markdown (OPCC commentary, the configured statement of contribution) as document blocks,
 * read by markdown-it (as the editor's preview and the commentary check read it): headings (placed under the section they sit in), paragraphs, bulleted and numbered lists, and
 * **strong**, *emphasis* and [links](url) inside them. Anything else is kept as its text: the
 * commentary is prose, and a statement must print what the analyst wrote, not drop it. A link the
 * link policy (links.ts) refuses, such as javascript:, keeps its words and loses its target. Every
 * output that shows analysts' Markdown (statement, Panel report, site, app) reads it here.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { heading, list, paragraph, strong, text } from './build.js';
import { markdownRuns, markdownWords } from './markdownRuns.js';
import type { Block, HeadingLevel, Inline } from './model.js';
import { withMarkdownListMarkers } from './wordListMarkers.js';

export interface MarkdownPlacement {
  /** The level a '#' heading takes; deeper headings follow, never beyond 4. */
  readonly topLevel: HeadingLevel;
  /** Prefix of heading ids, so they are unique in the statement. */
  readonly idPrefix: string;
  /**
   * Words to add, marked, to the paragraph or list item holding a line (1-based): the commentary
   * checker's unresolved findings, so a draft shows each where it stands.
   */
  readonly marks?: ReadonlyMap<number, string>;
}

// Raw HTML stays text, as in the editor's preview; links are judged by the link policy (links.ts).
// Tables are not read as tables: their lines are a paragraph's text, as the analyst typed them.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('table');
markdown.validateLink = () => true;

interface Item {
  runs: Inline[];
  marks: string[];
}

export function markdownBlocks(source: string, placement: MarkdownPlacement): Block[] {
  const tokens = markdown.parse(withMarkdownListMarkers(source), {});
  const blocks: Block[] = [];
  const used = new Set<string>();
  const levels: number[] = [];
  // The outermost list being read; a list inside one of its items adds its items to it.
  let outer: { ordered: boolean; items: Item[] } | undefined;
  let listDepth = 0;
  const marksOf = (token: Token) => {
    const [from, to] = token.map ?? [0, 0];
    const marks: string[] = [];
    for (let line = from + 1; line <= to; line++) {
      const mark = placement.marks?.get(line);
      if (mark) marks.push(mark);
    }
    return marks;
  };
  const add = (runs: Inline[], marks: string[]) => {
    const item = outer?.items[outer.items.length - 1];
    if (!item) blocks.push(paragraph(...marked(runs, marks)));
    else {
      item.runs.push(...(item.runs.length > 0 ? [text(' ')] : []), ...runs);
      item.marks.push(...marks);
    }
  };

  tokens.forEach((token, index) => {
    const inline = tokens[index + 1];
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      if (listDepth++ === 0) outer = { ordered: token.type === 'ordered_list_open', items: [] };
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      if (--listDepth === 0 && outer) {
        const { ordered, items } = outer;
        blocks.push(
          list(
            ordered,
            items.map((i) => marked(i.runs, i.marks)),
          ),
        );
        outer = undefined;
      }
    } else if (token.type === 'list_item_open') outer?.items.push({ runs: [], marks: [] });
    else if (token.type === 'paragraph_open') add(markdownRuns(inline), marksOf(token));
    else if (token.type === 'code_block' || token.type === 'fence') {
      // Indented or fenced text is printed as the words it is.
      const words = token.content
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ');
      if (words !== '') add([text(words)], marksOf(token));
    } else if (token.type === 'heading_open') {
      const title = markdownWords(inline);
      const marks = marksOf(token);
      const level = headingLevel(Number(token.tag.slice(1)), levels, placement.topLevel);
      const shown = title + (marks.length > 0 ? ` [DRAFT: ${marks.join('; ')}]` : '');
      blocks.push(heading(level, uniqueId(`${placement.idPrefix}-${slug(title)}`, used), shown));
    }
  });
  return blocks;
}

function marked(runs: Inline[], marks: readonly string[]): Inline[] {
  return marks.length === 0 ? runs : [...runs, text(' '), strong(`[DRAFT: ${marks.join('; ')}]`)];
}

/** Markdown levels map to document levels in order, so '##' straight after the section is its first sub-level. */
function headingLevel(markdownLevel: number, seen: number[], top: HeadingLevel): HeadingLevel {
  while (seen.length > 0 && seen[seen.length - 1]! >= markdownLevel) seen.pop();
  seen.push(markdownLevel);
  return Math.min(4, top + seen.length - 1) as HeadingLevel;
}

function slug(value: string): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'section' : s;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
