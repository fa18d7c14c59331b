/**
 * Golden-file comparison for every test area (as Observable Framework does it). A missing golden
 * is written only when UPDATE_GOLDEN=1 and never in CI (CI=true), where a missing golden fails: CI
 * must compare, not record. With UPDATE_GOLDEN=1 a changed golden is rewritten too, so an intended
 * change is one command and a reviewable diff. Files on disk end in '.golden' so that formatters
 * and linters leave the expected bytes alone.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An assertGolden(name, actual) comparing with `<dir>/<name>.golden`. */
export function goldenAsserter(dir: string): (name: string, actual: string) => void {
  return (name, actual) => {
    const path = join(dir, `${name}.golden`);
    const inCi = process.env.CI === 'true';
    const update = process.env.UPDATE_GOLDEN === '1' && !inCi;
    if (!existsSync(path)) {
      if (!update) {
        assert.fail(
          `golden file ${path} is missing${inCi ? ' (CI never writes goldens)' : '; run the tests with UPDATE_GOLDEN=1 to write it, then review it'}`,
        );
      }
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
  };
}
