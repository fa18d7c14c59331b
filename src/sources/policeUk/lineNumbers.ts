/**
 * Each stored row keeps the line it came from. The fast path numbers rows as DuckDB reads them
 * (record n is line n + 1), which is exact when every record is one line: the pipeline's line count
 * proves it cheaply. When it cannot (blank lines, a quoted value spanning lines, rejected rows), we
 * tokenize the file once in JavaScript to find where each accepted record starts and correct the
 * stored numbers. That happens only for unusual or faulty files, never for a clean archive.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../store/store.js';
import { readCsvRows } from '../spreadsheet/readCsv.js';

/** The physical lines on which the accepted records start (the header and rejected lines left out). */
export async function acceptedRecordLines(
  path: string,
  encoding: 'utf-8' | 'windows-1252',
  rejectedLines: ReadonlySet<number>,
): Promise<number[]> {
  const lines: number[] = [];
  let header = true;
  for await (const batch of readCsvRows(path, encoding)) {
    for (const row of batch) {
      if (header) {
        header = false;
        continue;
      }
      if (!rejectedLines.has(row.line)) lines.push(row.line);
    }
  }
  return lines;
}

/**
 * Rewrite provisional line numbers (record index + 1) as the true ones. `lines[k]` is the true line
 * of the record stored with provisional line k + 2. Only rows whose number changes are touched.
 */
export async function correctLineNumbers(
  store: Store,
  table: string,
  sourceId: number,
  lines: readonly number[],
  tmpDir: string,
): Promise<void> {
  const changes: string[] = [];
  lines.forEach((line, k) => {
    if (line !== k + 2) changes.push(`${k + 2},${line}`);
  });
  if (changes.length === 0) return;
  mkdirSync(tmpDir, { recursive: true });
  const mapFile = join(tmpDir, `${randomUUID()}-lines.csv`);
  writeFileSync(mapFile, `${changes.join('\n')}\n`);
  try {
    await store.run(
      `UPDATE ${table} AS t SET line = m.line
       FROM read_csv($map, header = false, auto_detect = false, columns = {'provisional': 'INTEGER', 'line': 'INTEGER'}) AS m
       WHERE t.source_id = $source_id AND t.line = m.provisional`,
      { map: mapFile, source_id: sourceId },
    );
  } finally {
    rmSync(mapFile, { force: true });
  }
}
