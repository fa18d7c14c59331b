/**
 * Replace a file in one step: write a temporary file beside it, then rename it over the original,
 * so a reader (a browser, the site preview, the next run) sees the old file or the new one, never
 * half of one. The temporary name ends in `.partial-<pid>`, which the site preview's watcher
 * ignores. The one way every output and cache file of Scrutiny is written.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// Beside the target, so the rename never crosses a file system and is atomic.
const temporaryFor = (path: string) => `${path}.partial-${process.pid}`;

/** Write `content` (or copy the file `{ copyFrom }`) to `path`, creating its folder. */
export function writeFileAtomic(path: string, content: string | Uint8Array | { copyFrom: string }): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryFor(path);
  try {
    if (typeof content === 'object' && 'copyFrom' in content) copyFileSync(content.copyFrom, temporary);
    else writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** writeFileAtomic, without blocking the event loop (for large documents and PDFs). */
export async function writeFileAtomicAsync(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryFor(path);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
