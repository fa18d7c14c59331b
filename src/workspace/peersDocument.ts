/**
 * Edits of the `peers:` list of scrutiny.config.yaml for `scrutiny peers add|remove`. The yaml
 * Document API finds the list and its entries (their exact places in the text); the edit then
 * changes only those lines, so every other byte of the analyst's file (comments and their
 * alignment, blank lines, quoting) is kept as it was. A layout the splice cannot handle (a flow
 * list with entries, `peers: [{slug: a, ...}]`) is re-rendered through the Document API, which keeps
 * comments but makes spacing regular. Every result is parsed again and checked before it is used.
 */
import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

export interface PeerEntry {
  readonly slug: string;
  readonly population: number;
  /** Comment written after the population: where it comes from. */
  readonly populationSource?: string;
}

/** The peer slugs the text lists, in order. */
export function listedPeerSlugs(text: string): string[] {
  const list = parseDocument(text).get('peers', true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    const slug = isMap(item) ? item.get('slug') : undefined;
    return typeof slug === 'string' ? [slug] : [];
  });
}

interface Located {
  readonly doc: Document;
  /** The `peers` key's end in the text (just after `peers`). */
  readonly keyEnd: number;
  readonly list?: YAMLSeq;
}

function locate(text: string): Located | undefined {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return undefined;
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'peers');
  const keyEnd = isScalar(pair?.key) ? pair.key.range?.[1] : undefined;
  if (!pair || keyEnd === undefined) return { doc, keyEnd: -1 };
  return { doc, keyEnd, ...(isSeq(pair.value) ? { list: pair.value } : {}) };
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};

function entryText(peer: PeerEntry, indent: string): string {
  const source = peer.populationSource ? `   # ${peer.populationSource}` : '';
  return `${indent}- slug: ${peer.slug}\n${indent}  population: ${peer.population}${source}\n`;
}

function spliceAdd(text: string, peer: PeerEntry): string | undefined {
  const found = locate(text);
  if (!found) return undefined;
  const { keyEnd, list } = found;
  if (keyEnd < 0)
    return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}\npeers:\n${entryText(peer, '  ')}`;
  const range = list?.range;
  if (!list || !range) return undefined;
  if (list.flow) {
    if (list.items.length > 0) return undefined;
    // `peers: []  # comment`: drop the brackets, keep the comment, put the entry on the next line.
    const end = lineEnd(text, range[1]);
    const line = `${text.slice(0, range[0]).trimEnd()}${text.slice(range[1], end)}`;
    return `${line}\n${entryText(peer, '  ')}${text.slice(end + 1)}`;
  }
  const first = list.items[0];
  const firstAt = isMap(first) ? first.range?.[0] : undefined;
  if (firstAt === undefined) return undefined;
  const dash = text.lastIndexOf('-', firstAt);
  const indent = text.slice(lineStart(text, dash), dash);
  const at = range[1];
  const before = text.slice(0, at);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${entryText(peer, indent)}${text.slice(at)}`;
}

function spliceRemove(text: string, slug: string): string | undefined {
  const list = locate(text)?.list;
  if (!list || list.flow) return undefined;
  const index = list.items.findIndex((item) => isMap(item) && item.get('slug') === slug);
  const item = list.items[index];
  const range = isMap(item) ? item.range : undefined;
  if (!range) return undefined;
  const start = lineStart(text, range[0]);
  const end = text[range[2] - 1] === '\n' ? range[2] : Math.min(text.length, lineEnd(text, range[2]) + 1);
  const rest = `${text.slice(0, start)}${text.slice(end)}`;
  if (list.items.length > 1) return rest;
  // The last peer gone: `peers: []`, so the list stays a list.
  const { keyEnd } = locate(rest) ?? { keyEnd: -1 };
  if (keyEnd < 0) return undefined;
  const colon = rest.indexOf(':', keyEnd);
  return `${rest.slice(0, colon + 1)} []${rest.slice(colon + 1)}`;
}

/** Fallback: the whole document re-rendered (comments kept, spacing made regular). */
function rerender(text: string, edit: (list: YAMLSeq, doc: Document) => void): string {
  const doc = parseDocument(text);
  let list = doc.get('peers', true);
  if (!isSeq(list)) {
    list = doc.createNode([]) as YAMLSeq;
    doc.set('peers', list);
  }
  const seq = list as YAMLSeq;
  edit(seq, doc);
  seq.flow = seq.items.length === 0;
  return doc.toString({ lineWidth: 0 });
}

function checked(result: string | undefined, expected: readonly string[]): string | undefined {
  if (result === undefined) return undefined;
  const doc = parseDocument(result);
  if (doc.errors.length > 0) return undefined;
  const slugs = listedPeerSlugs(result);
  return slugs.length === expected.length && slugs.every((s, i) => s === expected[i]) ? result : undefined;
}

/** The text with the peer appended to `peers:`. */
export function addPeerText(text: string, peer: PeerEntry): string {
  const expected = [...listedPeerSlugs(text), peer.slug];
  return (
    checked(spliceAdd(text, peer), expected) ??
    rerender(text, (list, doc) => {
      list.items.push(doc.createNode({ slug: peer.slug, population: peer.population }));
    })
  );
}

/** The text without the peer (the caller checks that it is listed). */
export function removePeerText(text: string, slug: string): string {
  const expected = listedPeerSlugs(text).filter((s) => s !== slug);
  return (
    checked(spliceRemove(text, slug), expected) ??
    rerender(text, (list) => {
      list.items = list.items.filter((item) => !(isMap(item) && item.get('slug') === slug));
    })
  );
}
