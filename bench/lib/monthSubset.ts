/**
 * A smaller fixed input for bench:ingest on a busy machine: the national set's first N months
 * (BENCH_INGEST_MONTHS=N), as hard links in a folder of their own (no copy of the bytes), so the
 * ingest and the bare reader read exactly the same files as in the full run, fewer of them.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { NationalSet } from './nationalStreetFiles.js';

export function monthSubset(set: NationalSet, months: number, workDir: string): NationalSet {
  const kept = [...new Set(set.files.map((f) => basename(dirname(f))))].sort().slice(0, months);
  const dir = join(workDir, `police-uk-national-${months}m`);
  rmSync(dir, { recursive: true, force: true });
  const files = set.files
    .filter((f) => kept.includes(basename(dirname(f))))
    .map((f) => {
      const link = join(dir, basename(dirname(f)), basename(f));
      mkdirSync(dirname(link), { recursive: true });
      if (!existsSync(link)) linkSync(f, link);
      return link;
    });
  let rows = 0;
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    // Counted as nationalStreetFiles.ts counts them: every non-empty line but the header.
    rows += text.split('\n').filter((line) => line !== '').length - 1;
  }
  return { ...set, dir, files, rows, bytes };
}
