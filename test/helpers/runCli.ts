/** Run the built CLI (bin/scrutiny.js, which runs dist/) in its own process, in Europe/London. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'scrutiny.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London', ...env },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

export function runCli(...args: string[]): CliRun {
  return run(args, {});
}

/**
 * The CLI bound to one workspace, with Chromium pointed at a path that does not exist, so that a
 * command that would print a PDF writes every other format and says why (and the test stays fast).
 */
export function workspaceCliWithoutChromium(
  workspace: () => string,
  missingChromium: () => string,
): (...words: string[]) => CliRun {
  return (...words) => run(['-w', workspace(), ...words], { SCRUTINY_CHROMIUM: missingChromium() });
}
