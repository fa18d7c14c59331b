/**
 * The measures result is typed end to end (src/measures/result.ts, figureTypes.ts): a consumer
 * reads a figure's fields as the compiler sees them, never through a cast that switches the check
 * off. Every file outside src/measures and src/stats that imports from src/measures is read for
 * `as Record<string, unknown>` and `as unknown as`; the result itself may not type a figure as
 * `Figure<Record<string, unknown>>`. Issue #13.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const CASTS = [/\bas Record<string, unknown>/, /\bas unknown as\b/];
const IMPORTS_MEASURES = /from '(?:\.\.\/)+measures\/[^']*'|from '\.\/(?:result|figureTypes)\.js'/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** 'src/x/y.ts:12: <line>' for every cast in a file that reads the measures result. */
function figureCasts(files: readonly { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) => {
    if (/^src\/(measures|stats)\//.test(path) || !IMPORTS_MEASURES.test(text)) return [];
    return text
      .split('\n')
      .flatMap((line, i) => (CASTS.some((c) => c.test(line)) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(join(SRC, '..'), path),
  text: readFileSync(path, 'utf8'),
}));

test('the source is read: consumers of the measures result are found', () => {
  const consumers = files.filter((f) => IMPORTS_MEASURES.test(f.text) && !f.path.startsWith('src/measures/'));
  for (const folder of ['narrative', 'board', 'site', 'jobs'])
    assert.ok(
      consumers.some((f) => f.path.startsWith(`src/${folder}/`)),
      `no file of src/${folder} imports src/measures`,
    );
});

test('the check finds a cast in a consumer and ignores one elsewhere', () => {
  const consumer =
    "import type { MeasureJson } from '../measures/result.js';\nconst s = f.spc as Record<string, unknown>;";
  assert.deepEqual(figureCasts([{ path: 'src/board/x.ts', text: consumer }]), [
    'src/board/x.ts:2: const s = f.spc as Record<string, unknown>;',
  ]);
  assert.deepEqual(figureCasts([{ path: 'src/cli/x.ts', text: 'const a = b as unknown as A;' }]), []);
});

test('no consumer of the measures result casts a figure', () => {
  assert.deepEqual(figureCasts(files), []);
});

test('the measures result types no figure as Record<string, unknown>', () => {
  const result = files.filter((f) => /^src\/measures\/(result|figureTypes)\.ts$/.test(f.path));
  assert.equal(result.length, 2);
  for (const f of result) assert.doesNotMatch(f.text, /Figure<Record<string, unknown>>/, f.path);
});
