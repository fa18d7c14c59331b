/**
 * Golden files of the statement tests (test/statement/golden/<name>.golden). A missing golden is
 * written only with UPDATE_GOLDEN=1 outside CI; in CI (CI=true) a missing golden fails, so CI
 * compares and never records. UPDATE_GOLDEN=1 also rewrites a changed golden, for review as a diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

export function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, `${name}.golden`);
  const inCi = process.env.CI === 'true';
  const update = process.env.UPDATE_GOLDEN === '1' && !inCi;
  if (!existsSync(path)) {
    if (!update)
      assert.fail(
        `golden file ${path} is missing${inCi ? ' (CI never writes goldens)' : '; run with UPDATE_GOLDEN=1 to write it, then review it'}`,
      );
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (update && expected !== actual) {
    writeFileSync(path, actual);
    return;
  }
  assert.equal(actual, expected, `output differs from ${path} (UPDATE_GOLDEN=1 rewrites it after review)`);
}
