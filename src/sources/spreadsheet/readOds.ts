/**
 * An .ods workbook (OpenDocument, what the Home Office publishes) as sheets of text rows.
 *
 * No maintained .ods reader exists on npm, and an .ods is simple: a zip whose content.xml holds
 * `table:table` > `table:table-row` > `table:table-cell`. We unzip content.xml with fflate and parse
 * it with fast-xml-parser in order-preserving mode (cells and covered cells interleave; their order
 * is their column). The parts of the format that matter for a published table:
 * - `table:number-rows-repeated` / `table:number-columns-repeated`: LibreOffice writes identical
 *   neighbouring rows and cells once with a count. Rows with content are expanded (each keeps its own
 *   row number); runs of empty cells or rows only advance the position, so a sheet "ending" at row
 *   1,048,576 costs nothing.
 * - A number's value is `office:value`, not its displayed text ("12,345" displays 12345).
 * - Rows may sit inside `table:table-header-rows` or `table:table-row-group`.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { dateText, numberText } from './cellText.js';
import type { TableRow, TableSheet } from './tableRow.js';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Guards against a corrupt repeat count expanding into millions of identical non-empty cells. */
const MAX_REPEAT_WITH_CONTENT = 100_000;

export class OdsFormatError extends Error {}

export function readOdsSheets(path: string): TableSheet[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(path), {
      filter: (entry) => entry.name === 'content.xml' || entry.name === 'mimetype',
    });
  } catch (error) {
    throw new OdsFormatError(`not a readable zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  const content = entries['content.xml'];
  if (!content) throw new OdsFormatError('the zip holds no content.xml');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
  });
  const document = parser.parse(new TextDecoder('utf-8').decode(content)) as XmlNode[];
  const spreadsheet = descend(document, ['office:document-content', 'office:body', 'office:spreadsheet']);
  if (!spreadsheet) throw new OdsFormatError('content.xml holds no office:spreadsheet');
  return childrenNamed(spreadsheet, 'table:table').map(({ node, children }) => {
    const rows: TableRow[] = [];
    readRows(children, { next: 1 }, rows);
    return { name: node[':@']?.['table:name'] ?? '', batches: once(rows) };
  });
}

function readRows(nodes: XmlNode[], position: { next: number }, out: TableRow[]): void {
  for (const node of nodes) {
    const name = tagName(node);
    if (name === 'table:table-row') {
      const repeat = Number(node[':@']?.['table:number-rows-repeated'] ?? '1');
      const fields = readCells(node[name] as XmlNode[]);
      if (fields.length > 0) {
        for (let i = 0; i < Math.min(repeat, MAX_REPEAT_WITH_CONTENT); i++) {
          out.push({ line: position.next + i, fields });
        }
      }
      position.next += repeat;
    } else if (
      name === 'table:table-header-rows' ||
      name === 'table:table-rows' ||
      name === 'table:table-row-group'
    ) {
      readRows(node[name] as XmlNode[], position, out);
    }
  }
}

/** The row's cells up to its last non-empty one. */
function readCells(nodes: XmlNode[]): string[] {
  const fields: string[] = [];
  let pendingEmpty = 0;
  for (const node of nodes) {
    const name = tagName(node);
    if (name !== 'table:table-cell' && name !== 'table:covered-table-cell') continue;
    const repeat = Number(node[':@']?.['table:number-columns-repeated'] ?? '1');
    const text = name === 'table:covered-table-cell' ? '' : cellText(node, node[name] as XmlNode[]);
    if (text === '') {
      pendingEmpty += repeat;
      continue;
    }
    for (; pendingEmpty > 0; pendingEmpty--) fields.push('');
    for (let i = 0; i < Math.min(repeat, MAX_REPEAT_WITH_CONTENT); i++) fields.push(text);
  }
  return fields;
}

function cellText(cell: XmlNode, children: XmlNode[]): string {
  const attributes = cell[':@'] ?? {};
  switch (attributes['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const value = Number(attributes['office:value']);
      if (Number.isFinite(value)) return numberText(value);
      break;
    }
    case 'date': {
      const value = attributes['office:date-value'];
      if (value && /^\d{4}-\d{2}-\d{2}/.test(value))
        return dateText(new Date(`${value.slice(0, 10)}T00:00:00Z`));
      break;
    }
    case 'boolean':
      return attributes['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
  }
  return childrenNamed(children, 'text:p')
    .map(({ children: parts }) => inlineText(parts))
    .join('\n');
}

/** Text inside a paragraph: spans flattened, `text:s` spaces, tabs and line breaks restored. */
function inlineText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    if ('#text' in node) {
      text += String(node['#text']);
      continue;
    }
    const name = tagName(node);
    if (name === 'text:s') text += ' '.repeat(Number(node[':@']?.['text:c'] ?? '1'));
    else if (name === 'text:tab') text += '\t';
    else if (name === 'text:line-break') text += '\n';
    else if (name && Array.isArray(node[name])) text += inlineText(node[name] as XmlNode[]);
  }
  return text;
}

function tagName(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function childrenNamed(nodes: XmlNode[], name: string): { node: XmlNode; children: XmlNode[] }[] {
  return nodes.filter((node) => name in node).map((node) => ({ node, children: node[name] as XmlNode[] }));
}

function descend(nodes: XmlNode[], path: readonly string[]): XmlNode[] | undefined {
  let current = nodes;
  for (const name of path) {
    const next = childrenNamed(current, name)[0];
    if (!next) return undefined;
    current = next.children;
  }
  return current;
}

async function* once<T>(item: T): AsyncGenerator<T> {
  yield item;
}
