/**
 * `bin/scrutiny.js` runs the program in its own process (the compiled dist/, built by `npm ci`), so
 * a signal sent to the PID a user sees reaches the program: no second node process that would
 * carry on after its parent was killed. Every node process the run starts records its PID through
 * NODE_OPTIONS (which children inherit); exactly one must be recorded, the one spawned here.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';
import { scratchDir } from '../helpers/scratch.js';

test('bin/scrutiny.js runs the program in one process', () => {
  assert.ok(
    existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js')),
    'dist/ is missing: `npm ci` builds it (or run `npm run build`)',
  );
  const dir = scratchDir('scrutiny-one-process-');
  const log = join(dir, 'pids.txt');
  const preload = join(dir, 'recordPid.mjs');
  writeFileSync(
    preload,
    [
      "import { appendFileSync } from 'node:fs';",
      "appendFileSync(process.env.PID_LOG, String(process.pid).concat('\\n'));",
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'scrutiny.js'), '--version'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, PID_LOG: log, NODE_OPTIONS: `--import ${preload}` },
  });
  assert.equal(run.status, 0, run.stderr);
  const pids = readFileSync(log, 'utf8').trim().split('\n');
  assert.deepEqual(pids, [String(run.pid)]);
});
