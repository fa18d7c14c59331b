/** Run the built CLI (bin/scrutiny.js, which runs dist/) in its own process, in Europe/London. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'scrutiny.js');

export function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
