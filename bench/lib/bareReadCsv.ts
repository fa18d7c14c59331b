/**
 * The ingest benchmark's yardstick, run as its own process: DuckDB reading the same street files
 * into a table of a fresh store file with its own read_csv (the same explicit column types as the
 * ingest, no sniffing), and nothing else: no hashing, no line numbers, no provenance.
 * Usage: tsx bareReadCsv.ts <store file> <file listing the CSV paths, one a line>
 */
import { readFileSync, writeSync } from 'node:fs';
import { STREET } from '../../src/sources/policeUk/specs.js';
import { Store } from '../../src/store/store.js';

const [storePath, listFile] = process.argv.slice(2) as [string, string];
const started = performance.now();
const store = await Store.open(storePath);
const columns = STREET.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
await store.run(
  `CREATE TABLE bare_street AS SELECT * FROM read_csv(string_split($paths, chr(10)), header = true,
     auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}}, dateformat = '%Y-%m')`,
  { paths: readFileSync(listFile, 'utf8').trim() },
);
const row = await store.queryOne<{ n: number }>('SELECT count(*) AS n FROM bare_street');
store.close();
writeSync(1, `${JSON.stringify({ rows: row?.n ?? 0, ms: performance.now() - started })}\n`);
