/**
 * A CSV file as an async stream of row batches, read in 1 MiB chunks: memory stays flat for any
 * file size, and batching keeps the per-row cost of async iteration out of a 400,000-row load.
 */
import { createReadStream } from 'node:fs';
import { type CsvRecord, CsvTokenizer } from './csvTokenizer.js';
import { chunkDecoder, type TextEncoding } from './decodeText.js';
import type { TableRow } from './tableRow.js';

export async function* readCsvRows(path: string, encoding: TextEncoding): AsyncGenerator<TableRow[]> {
  const decoder = chunkDecoder(encoding);
  let ready: CsvRecord[] = [];
  const tokenizer = new CsvTokenizer((record) => ready.push(record));
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    tokenizer.feed(decoder.decode(chunk as Buffer));
    if (ready.length > 0) {
      const batch = ready;
      ready = [];
      yield batch;
    }
  }
  tokenizer.feed(decoder.end());
  tokenizer.end();
  if (ready.length > 0) yield ready;
}
