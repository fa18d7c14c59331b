/**
 * A small HTML reader for structural assertions: tokenises tags, checks that every non-void
 * element is closed in order, and builds a tree to query. Enough for HTML we generate ourselves;
 * not a general HTML5 parser (no implied end tags, no foreign-content quirks beyond SVG).
 */
export interface HtmlElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | undefined;
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TOKEN =
  /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|[^<]+/g;
const ATTRIBUTE = /([^\s=>/]+)(?:="([^"]*)")?/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Parses `html`; throws on an unclosed or mismatched element, naming it. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [], parent: undefined };
  let current = root;
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, opening, attributeText, selfClosing] = match;
    if (token.startsWith('<!')) continue;
    if (closing !== undefined) {
      const tag = closing.toLowerCase();
      if (current.tag !== tag) throw new Error(`</${tag}> closes <${current.tag}> at offset ${match.index}`);
      current = current.parent!;
    } else if (opening !== undefined) {
      const tag = opening.toLowerCase();
      const attributes: Record<string, string> = {};
      for (const a of (attributeText ?? '').matchAll(ATTRIBUTE))
        attributes[a[1]!.toLowerCase()] = decode(a[2] ?? '');
      const element: HtmlElement = { tag, attributes, children: [], parent: current };
      current.children.push(element);
      if (!VOID.has(tag) && selfClosing !== '/') current = element;
    } else if (token.trim() !== '' || current !== root) {
      current.children.push(decode(token));
    }
  }
  if (current !== root) throw new Error(`<${current.tag}> is never closed`);
  return root;
}

export function findAll(node: HtmlElement, predicate: (e: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (e: HtmlElement) => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      if (predicate(child)) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export const byTag = (node: HtmlElement, tag: string) => findAll(node, (e) => e.tag === tag);

export function textOf(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

export function childElements(node: HtmlElement, tag?: string): HtmlElement[] {
  return node.children.filter(
    (c): c is HtmlElement => typeof c !== 'string' && (tag === undefined || c.tag === tag),
  );
}
