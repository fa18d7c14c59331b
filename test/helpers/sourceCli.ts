/** Run the CLI from its TypeScript source (no build needed) in its own process, in Europe/London. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

export function sourceCli(...args: string[]): { code: number | null; stdout: string; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
  });
  return { code: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}
