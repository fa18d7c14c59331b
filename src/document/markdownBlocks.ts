/**
 * Analysts' Markdown (OPCC commentary, the configured statement of contribution) as document blocks:
 * headings (placed under the section they sit in), paragraphs, bulleted and numbered lists, and
 * **strong**, *emphasis* and [links](url) inside them. Anything else is kept as its text: the
 * commentary is prose, and a statement must print what the analyst wrote, not drop it. A link the
 * link policy (links.ts) refuses, such as javascript:, keeps its words and loses its target. Every
 * output that shows analysts' Markdown (statement, Panel report, site, app) reads it here.
 */
import { emphasis, heading, link, list, paragraph, strong, text } from './build.js';
import { safeHref } from './links.js';
import type { Block, HeadingLevel, Inline } from './model.js';

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

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+•]\s+(.*)$/;
const NUMBERED = /^\s*(?:\d+|[a-z])[.)]\s+(.*)$/;

export function markdownBlocks(source: string, placement: MarkdownPlacement): Block[] {
  const blocks: Block[] = [];
  let paragraphLines: string[] = [];
  let paragraphMarks: string[] = [];
  let items: { ordered: boolean; runs: Inline[] }[] = [];
  const used = new Set<string>();
  const levels: number[] = [];
  const markOf = (lineNumber: number) => placement.marks?.get(lineNumber);
  const marked = (runs: Inline[], marks: readonly string[]): Inline[] =>
    marks.length === 0 ? runs : [...runs, text(' '), strong(`[DRAFT: ${marks.join('; ')}]`)];

  const flushParagraph = () => {
    if (paragraphLines.length > 0)
      blocks.push(paragraph(...marked(inlineRuns(paragraphLines.join(' ')), paragraphMarks)));
    paragraphLines = [];
    paragraphMarks = [];
  };
  const flushList = () => {
    if (items.length > 0)
      blocks.push(
        list(
          items[0]!.ordered,
          items.map((i) => i.runs),
        ),
      );
    items = [];
  };

  for (const [index, raw] of source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .entries()) {
    const line = raw.trimEnd();
    const mark = markOf(index + 1);
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flushParagraph();
      flushList();
      const level = headingLevel(h[1]!.length, levels, placement.topLevel);
      const title = stripInline(h[2]!) + (mark ? ` [DRAFT: ${mark}]` : '');
      blocks.push(heading(level, uniqueId(`${placement.idPrefix}-${slug(h[2]!)}`, used), title));
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? undefined : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = numbered !== null && numbered !== undefined;
      if (items.length > 0 && items[0]!.ordered !== ordered) flushList();
      items.push({ ordered, runs: marked(inlineRuns((bullet ?? numbered)![1]!), mark ? [mark] : []) });
      continue;
    }
    if (items.length > 0 && /^\s+\S/.test(raw)) {
      // A wrapped list item continues the item.
      const last = items[items.length - 1]!;
      last.runs = marked([...last.runs, text(' '), ...inlineRuns(line.trim())], mark ? [mark] : []);
      continue;
    }
    flushList();
    paragraphLines.push(line.trim());
    if (mark) paragraphMarks.push(mark);
  }
  flushParagraph();
  flushList();
  return blocks;
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

const INLINE = /\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Runs of a line of Markdown: strong, emphasis and links; everything else as text. */
export function inlineRuns(value: string): Inline[] {
  const runs: Inline[] = [];
  let at = 0;
  for (const m of value.matchAll(INLINE)) {
    if (m.index > at) runs.push(text(value.slice(at, m.index)));
    if (m[1] !== undefined || m[2] !== undefined) runs.push(strong((m[1] ?? m[2])!));
    else if (m[3] !== undefined || m[4] !== undefined) runs.push(emphasis((m[3] ?? m[4])!));
    else {
      const href = safeHref(m[6]!);
      runs.push(href === undefined ? text(m[5]!) : link(m[5]!, href));
    }
    at = m.index + m[0].length;
  }
  if (at < value.length) runs.push(text(value.slice(at)));
  return runs.length === 0 ? [text('')] : runs;
}

function stripInline(value: string): string {
  return inlineRuns(value)
    .map((r) => ('text' in r ? r.text : ''))
    .join('');
}
