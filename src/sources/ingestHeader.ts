/**
 * The header of a CSV file, read from its first 64 KiB: what the pipeline shows each loader's
 * `matches()` and what loaders check against the published column lists.
 */
import { open } from 'node:fs/promises';
import { type CsvRecord, CsvTokenizer } from './spreadsheet/csvTokenizer.js';
import { decodeText } from './spreadsheet/decodeText.js';

const HEADER_BYTES = 1 << 16;

/** The header's fields, trimmed, BOM removed; [] for an empty file or a blank first line. */
export async function readCsvHeader(path: string, encoding: 'utf-8' | 'windows-1252'): Promise<string[]> {
  const handle = await open(path, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    text = decodeText(buffer.subarray(0, bytesRead), encoding);
  } finally {
    await handle.close();
  }
  return parseHeaderLine(text);
}

/** Split the first line of `text` as CSV (a quoted header field may hold a comma). */
export function parseHeaderLine(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  if (firstLine.trim() === '') return [];
  let first: CsvRecord | undefined;
  const tokenizer = new CsvTokenizer((record) => {
    first ??= record;
  });
  tokenizer.feed(`${firstLine}\n`);
  tokenizer.end();
  return (first?.fields ?? []).map((field) => field.trim());
}
