/**
 * The runs of a markdown-it inline token as the document model has them: text, strong, emphasis
 * and links. The model's runs do not nest, so the outermost wins: a link keeps its words plain,
 * emphasis inside strong is strong. A line break is a space; a code span or an image's alternative
 * text is text. A link the link policy (links.ts) refuses keeps its words and loses its target.
 */
import type { Token } from 'markdown-it';
import { emphasis, link, strong, text } from './build.js';
import { safeHref } from './links.js';
import type { Inline } from './model.js';

type Style =
  | { readonly kind: 'text' | 'strong' | 'emphasis' }
  | { readonly kind: 'link'; readonly href?: string };

export function markdownRuns(inline: Token | undefined): Inline[] {
  const runs: Inline[] = [];
  const styles: Style[] = [];
  const add = (words: string) => {
    const style = (['link', 'strong', 'emphasis'] as const)
      .map((kind) => styles.find((s) => s.kind === kind))
      .find((s) => s !== undefined);
    const run = runOf(style, words);
    const last = runs[runs.length - 1];
    if (last && sameStyle(last, run) && 'text' in last)
      runs[runs.length - 1] = { ...last, text: last.text + words };
    else runs.push(run);
  };
  const walk = (children: readonly Token[]) => {
    for (const child of children) {
      if (child.nesting === 1) styles.push(styleOf(child));
      else if (child.nesting === -1) styles.pop();
      else if (child.type === 'softbreak' || child.type === 'hardbreak') add(' ');
      else if (child.type === 'image') walk(child.children ?? []);
      else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline')
        add(child.content);
    }
  };
  walk(inline?.children ?? []);
  return runs.length === 0 ? [text('')] : runs;
}

/** Strikethrough and any other markup not in the model are plain text. */
function styleOf(open: Token): Style {
  if (open.type === 'strong_open') return { kind: 'strong' };
  if (open.type === 'em_open') return { kind: 'emphasis' };
  if (open.type === 'link_open') return { kind: 'link', href: safeHref(String(open.attrGet('href') ?? '')) };
  return { kind: 'text' };
}

function runOf(style: Style | undefined, words: string): Inline {
  if (style?.kind === 'strong') return strong(words);
  if (style?.kind === 'emphasis') return emphasis(words);
  if (style?.kind === 'link' && style.href !== undefined) return link(words, style.href);
  return text(words);
}

function sameStyle(a: Inline, b: Inline): boolean {
  return a.kind === b.kind && (a.kind !== 'link' || b.kind !== 'link' || a.href === b.href);
}

/** The plain words of an inline token. */
export function markdownWords(inline: Token | undefined): string {
  return markdownRuns(inline)
    .map((r) => ('text' in r ? r.text : ''))
    .join('');
}
