/**
 * Run the CLI from the sources in a child process, as a user would, in the project's time zone;
 * a non-zero exit fails the test with the command and its output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

/** The command's standard output. */
export function scrutinyOk(...args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
  });
  assert.equal(result.status, 0, `${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
