/**
 * Ctrl+C (SIGINT) or `kill` (SIGTERM) during `scrutiny ingest`: the process stops, says that nothing
 * was committed, exits 130 or 143, and the store holds exactly what it held before. The CLI runs as
 * a user runs it, in one child process (so the signal reaches the program itself), over two force
 * extracts of 100,000 crimes each: the signal is sent when the first is loaded (inside the run's
 * one transaction) and the second is still loading.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Store } from '../../src/store/store.js';
import { fixture, REPO_ROOT, storeFingerprint } from '../fixtures/police-uk/testWorkspace.js';
import { scratchDir } from '../helpers/scratch.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');
const WARWICKSHIRE =
  'force:\n  name: Warwickshire Police\n  slug: warwickshire\n  area: Warwickshire\n  population: 545474\n';

/** A force extract's crimes.csv with `rows` crimes recorded in 2024. */
function writeExtract(dir: string, rows: number): void {
  const lines = ['crime_ref,recorded_date,offence_code,district,lsoa_code,outcome_code,outcome_date,flags'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    lines.push(`WK${i},2024-${month}-${day},8N,Warwick,E01031234,1,2024-12-30,`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'crimes.csv'), `${lines.join('\n')}\n`);
}

async function interruptIngest(signal: 'SIGINT' | 'SIGTERM') {
  const root = scratchDir('scrutiny-interrupt-');
  writeFileSync(join(root, 'scrutiny.config.yaml'), WARWICKSHIRE);
  const storePath = join(root, '.scrutiny', 'store.duckdb');
  const run = (...args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', MAIN, '-w', root, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, TZ: 'Europe/London' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const finished = (child: ReturnType<typeof run>) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, sig) => done({ code, signal: sig })),
    );

  // The store before: the fixture extract, committed.
  const first = run('ingest', fixture('..', 'force-extract', 'force-extract-2025-02-03'));
  assert.equal((await finished(first)).code, 0);
  const store = await Store.open(storePath, { readOnly: true });
  const before = await storeFingerprint(store);
  store.close();

  const data = join(root, 'big');
  writeExtract(join(data, 'force-extract-2025-03-03'), 100_000);
  writeExtract(join(data, 'force-extract-2025-04-03'), 100_000);
  const child = run('ingest', data);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exit = finished(child);
  await new Promise<void>((loaded) => {
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (/\[1\/2\]/.test(stdout)) loaded();
    });
    child.on('exit', () => loaded());
  });
  assert.match(stdout, /\[1\/2\]/, `the first extract should load first; stderr: ${stderr}`);
  child.kill(signal);
  const { code } = await exit;

  assert.equal(code, signal === 'SIGINT' ? 130 : 143, `stdout: ${stdout}\nstderr: ${stderr}`);
  assert.doesNotMatch(stdout, /Ingested/, 'the ingest should not have finished');
  assert.match(stderr, new RegExp(`stopped by ${signal} before it finished: nothing was committed`));
  const after = await Store.open(storePath, { readOnly: true });
  assert.deepEqual(await storeFingerprint(after), before);
  after.close();
}

test('SIGTERM during an ingest: exit 143, the store as it was', { timeout: 180_000 }, () =>
  interruptIngest('SIGTERM'),
);

test('SIGINT (Ctrl+C) during an ingest: exit 130, the store as it was', { timeout: 180_000 }, () =>
  interruptIngest('SIGINT'),
);
