/**
 * Under --skip-bad-rows each rejected row is written, with its reason, to
 * `.scrutiny/rejects/<timestamp>-<file>.csv`, so nothing is dropped silently: an analyst can open the
 * file, fix the rows at the source and ingest them again.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RejectedRow } from './loader.js';

export const REJECTS_HEADER = ['line', 'column', 'problem', 'expected', 'found', 'row'] as const;

/** A timestamp for file names, in the process's local time (Europe/London): 20250131-140502. */
export function fileStamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

/** Write the rejects of one file; returns the path written. */
export function writeRejectsFile(
  dir: string,
  stamp: string,
  fileName: string,
  rejects: readonly RejectedRow[],
): string {
  mkdirSync(dir, { recursive: true });
  const base = `${stamp}-${fileName.replace(/\.[^.]+$/, '')}`;
  let path = join(dir, `${base}.csv`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${base}-${n}.csv`);
  const lines = [REJECTS_HEADER.join(',')];
  for (const reject of rejects) {
    const p = reject.problem;
    lines.push(
      [String(reject.line), p.field ?? '', p.message, p.expected ?? '', p.found ?? '', reject.raw ?? '']
        .map(csvField)
        .join(','),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
