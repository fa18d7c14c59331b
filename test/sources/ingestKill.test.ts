/**
 * A process killed in the middle of an ingest leaves the store exactly as it was: the child ingests
 * three files in one transaction and is SIGKILLed after the second has been loaded (about 300,000
 * rows, enough for DuckDB to have started writing blocks to the database file).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingest } from '../../src/sources/ingest.js';
import { Store } from '../../src/store/store.js';
import {
  FIXTURES,
  fixedEffects,
  fixture,
  REPO_ROOT,
  storeFingerprint,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

function writeStreetFile(dir: string, month: string, rows: number): void {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${month.replace('-', '')}${String(i).padStart(56, '0')},${month},Warwickshire Police,Warwickshire Police,-1.5,52.2,On or near Test Street,E01031006,Stratford 005A,Public order,Under investigation,`,
    );
  mkdirSync(join(dir, month), { recursive: true });
  writeFileSync(join(dir, month, `${month}-warwickshire-street.csv`), `${lines.join('\n')}\n`);
}

test('a process killed mid-ingest leaves the store as it was', { timeout: 180_000 }, async () => {
  const ws = testWorkspace();
  const store = await Store.open(ws.storePath);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const before = await storeFingerprint(store);
  store.close();

  const data = join(ws.root, 'data');
  writeStreetFile(data, '2024-01', 150_000);
  writeStreetFile(data, '2024-02', 150_000);
  writeStreetFile(data, '2024-03', 10);

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(FIXTURES, 'ingestChild.ts'), ws.storePath, data, ws.options.tmpDir],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exit = new Promise<NodeJS.Signals | null>((done) =>
    child.on('exit', (_code, signal) => done(signal)),
  );
  const said = await new Promise<string>((done) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      if (/READY|FINISHED/.test(out)) done(out);
    });
    child.on('exit', () => done(out));
  });
  assert.match(said, /READY/, `the child should reach the pause point; stderr: ${stderr}`);
  child.kill('SIGKILL');
  assert.equal(await exit, 'SIGKILL');

  const reopened = await Store.open(ws.storePath);
  assert.deepEqual(await storeFingerprint(reopened), before);
  // And the store still works: the same files ingest in full afterwards.
  const summary = await ingest(reopened, [data], ws.options, fixedEffects);
  assert.equal(summary.rowsAccepted, 300_010);
  reopened.close();
});
