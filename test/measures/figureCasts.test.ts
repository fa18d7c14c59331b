/**
 * The measures result is typed field by field (src/measures/result.ts, figureTypes.ts): a consumer
 * that casts a figure to a loose shape hides from the compiler exactly the mismatches the types are
 * there to catch (a word table keyed by a point type stats never emits). This test fails when such
 * a cast comes back in any source file that reads the result, or when a figure is typed loosely again.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Casts that throw the figure's type away. */
const LOOSE_CAST = /\bas\s+(unknown\s+as\b|Record<string,\s*unknown>)/;
const LOOSE_FIGURE = /Figure<\s*(Record<string,\s*unknown>|object|unknown|any)\s*>/;
const READS_RESULT = /from\s+'[./]*(measures\/)?result\.js'/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** 'file:line: text' for every line of a file that reads the result and matches `pattern`. */
function offences(files: readonly { path: string; text: string }[], pattern: RegExp): string[] {
  return files
    .filter((f) => READS_RESULT.test(f.text) || f.path.endsWith('result.ts'))
    .flatMap((f) =>
      f.text
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])),
    );
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(join(SRC, '..'), path),
  text: readFileSync(path, 'utf8'),
}));

test('the detector finds a loose cast and a loose figure type in a file that reads the result', () => {
  const sample = [
    {
      path: 'src/site/example.ts',
      text: "import type { MeasureJson } from '../measures/result.js';\nconst s = spc as Record<string, unknown>;\nconst p = peers as unknown as Peers;\ntype F = Figure<Record<string, unknown>>;",
    },
  ];
  assert.equal(offences(sample, LOOSE_CAST).length, 2);
  assert.equal(offences(sample, LOOSE_FIGURE).length, 1);
  assert.deepEqual(offences([{ path: 'src/other.ts', text: 'x as unknown as Y' }], LOOSE_CAST), []);
});

test('no source file that reads the measures result casts a figure to a loose shape', () => {
  assert.ok(
    files.some((f) => READS_RESULT.test(f.text)),
    'the scan found the files that read the result',
  );
  assert.deepEqual(offences(files, LOOSE_CAST), []);
});

test('no figure of the measures result is typed loosely', () => {
  assert.deepEqual(offences(files, LOOSE_FIGURE), []);
});
