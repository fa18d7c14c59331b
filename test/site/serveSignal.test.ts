/**
 * `scrutiny site serve` stops when told to: SIGTERM (`kill`) or SIGINT (Ctrl+C) closes the server
 * and the process exits 0, so nothing keeps serving the port. The CLI runs as a user runs it, in
 * one child process, over the shared demo workspace (fixture.ts).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { demoWorkspace, QUARTER } from './fixture.js';

const REPO = join(import.meta.dirname, '..', '..');
const MAIN = join(REPO, 'src', 'cli', 'main.ts');

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(address)));
    });
  });
}

async function serveThenSignal(signal: 'SIGINT' | 'SIGTERM'): Promise<void> {
  const ws = await demoWorkspace();
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '-w', ws.root, 'site', 'serve', '--port', String(port), '--period', QUARTER],
    { cwd: REPO, env: { ...process.env, TZ: 'Europe/London' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  await new Promise<void>((serving) => {
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (stdout.includes('Serving the site at')) serving();
    });
    child.on('exit', () => serving());
  });
  assert.match(stdout, /Serving the site at/, stderr);
  const url = `http://127.0.0.1:${port}/`;
  assert.equal((await fetch(url)).status, 200);

  child.kill(signal);
  assert.equal(await exit, 0, stderr);
  await assert.rejects(fetch(url), 'nothing serves the port after the signal');
}

test('site serve: SIGTERM stops the server and exits 0', { timeout: 900_000 }, () =>
  serveThenSignal('SIGTERM'),
);

test('site serve: SIGINT (Ctrl+C) stops the server and exits 0', { timeout: 900_000 }, () =>
  serveThenSignal('SIGINT'),
);
