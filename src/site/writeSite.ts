/**
 * Writing the rendered site into out/site/: each file only when its content differs from what is
 * there (a rebuild after one commentary edit rewrites a page or two, not the whole site), each
 * through a temporary file and a rename (a reader, or a build killed half-way, never sees half a
 * file), and files of the previous build that are no longer part of the site removed (a measure
 * dropped from the catalogue must not stay published).
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../workspace/writeAtomic.js';
import type { SiteFile } from './renderSite.js';

export interface WriteSummary {
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
}

function sameText(file: string, text: string): boolean {
  if (!existsSync(file)) return false;
  const stat = statSync(file);
  if (stat.size !== Buffer.byteLength(text)) return false;
  return readFileSync(file, 'utf8') === text;
}

function sameCopy(file: string, source: string): boolean {
  if (!existsSync(file)) return false;
  const [a, b] = [statSync(file), statSync(source)];
  return a.size === b.size && a.mtimeMs >= b.mtimeMs;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

function removeEmptyFolders(dir: string, root: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(join(dir, entry.name), root);
  if (dir !== root && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

/**
 * `written` is what the previous call wrote (path -> text), kept by a SiteBuilder between builds:
 * a file whose text is the same as last time, and still there, is not even read back.
 */
export function writeSite(
  dir: string,
  files: ReadonlyMap<string, SiteFile>,
  written: Map<string, string> = new Map(),
): WriteSummary {
  let changed = 0;
  let unchanged = 0;
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of files) {
    const target = join(dir, ...path.split('/'));
    const same =
      typeof content === 'string'
        ? (written.get(path) === content && existsSync(target)) || sameText(target, content)
        : sameCopy(target, content.copyFrom);
    if (same) {
      unchanged++;
      continue;
    }
    writeFileAtomic(target, content);
    changed++;
  }
  written.clear();
  for (const [path, content] of files) if (typeof content === 'string') written.set(path, content);
  let removed = 0;
  for (const file of listFiles(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    if (!files.has(path)) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  removeEmptyFolders(dir, dir);
  return { written: changed, unchanged, removed };
}
