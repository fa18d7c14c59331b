/**
 * Makes a .docx reproducible. The docx package stamps the clock into docProps/core.xml and into
 * every zip entry, names hyperlink relationships with random ids, and numbers bookmarks from a
 * counter that runs across documents. Here the times become the model's generatedAt, random
 * relationship ids and bookmark numbers are renumbered in order of appearance, and the zip is
 * rewritten with one fixed entry time, so the same model gives the same bytes.
 */
import { unzipSync, zipSync } from 'fflate';

/**
 * Zip entry times are local DOS times; built from local components, 1 January 1980 00:00 (the
 * earliest a zip can hold) is written identically in every time zone.
 */
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** W3CDTF in UTC without milliseconds, as Word writes it: 2024-06-20T08:30:00Z. */
function w3cdtf(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}Z`;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * docx's random relationship ids look like 'rId17sbpoyjn-lfqc9_wlerf' (a nanoid after 'rId');
 * its sequential ones, 'rId12', are already stable. Matched only as whole attribute values.
 */
const RANDOM_RELATIONSHIP = /(?<=")rId(?!\d+")[A-Za-z0-9_-]+(?=")/g;

function renumberRelationships(entries: Record<string, Uint8Array>): void {
  const rels = entries['word/_rels/document.xml.rels'];
  if (rels === undefined) return;
  const ids = [...new Set(decoder.decode(rels).match(RANDOM_RELATIONSHIP) ?? [])];
  if (ids.length === 0) return;
  const renamed = new Map(ids.map((id, i) => [id, `rIdScrutiny${i + 1}`]));
  for (const name of Object.keys(entries)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const text = decoder.decode(entries[name]);
    const next = text.replace(RANDOM_RELATIONSHIP, (id) => renamed.get(id) ?? id);
    if (next !== text) entries[name] = encoder.encode(next);
  }
}

function renumberBookmarks(entries: Record<string, Uint8Array>): void {
  const body = entries['word/document.xml'];
  if (body === undefined) return;
  const numbers = new Map<string, number>();
  const text = decoder
    .decode(body)
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)(")/g,
      (_m, before: string, id: string, after: string) => {
        if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
        return `${before}${numbers.get(id)}${after}`;
      },
    );
  entries['word/document.xml'] = encoder.encode(text);
}

export function reproducibleDocx(docx: Uint8Array, generatedAt: string): Uint8Array {
  const entries = unzipSync(docx);
  renumberRelationships(entries);
  renumberBookmarks(entries);
  const core = entries['docProps/core.xml'];
  if (core !== undefined) {
    const stamp = w3cdtf(generatedAt);
    const text = new TextDecoder()
      .decode(core)
      .replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
      );
    entries['docProps/core.xml'] = encoder.encode(text);
  }
  // [Content_Types].xml first, as Word writes it and as some readers expect; images are stored,
  // not compressed again (a PNG is already compressed, and deflating it only costs time).
  const names = Object.keys(entries).sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  const files: Parameters<typeof zipSync>[0] = {};
  for (const name of names) {
    files[name] = [entries[name]!, { mtime: ENTRY_TIME, level: name.endsWith('.png') ? 0 : 6 }];
  }
  return zipSync(files);
}
