/**
 * `scrutiny board` end to end on a small workspace: `scrutiny init`, then a store holding 36 months
 * of victim satisfaction survey returns (the only data loaded, so the other measures are listed as
 * without figures). Chromium is pointed at a path that does not exist, so the PDF is skipped with
 * its warning while the HTML and Markdown are written.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { monthRange } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';
import { scratchDir } from '../helpers/scratch.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'scrutiny.js');
let base = '';
let ws = '';

function scrutiny(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, '-w', ws, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London', SCRUTINY_CHROMIUM: join(base, 'no-chromium') },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

before(async () => {
  base = scratchDir('scrutiny-cli-board-');
  ws = join(base, 'ws');
  const init = spawnSync(process.execPath, [bin, 'init', ws], { encoding: 'utf8' });
  assert.equal(init.status, 0, init.stderr);
  const store = await Store.open(join(ws, '.scrutiny', 'store.duckdb'));
  try {
    const months = JSON.stringify(monthRange('2021-04', '2024-03'));
    const source = await store.queryOne<{ id: number }>(
      `INSERT INTO sources (path, file_name, size_bytes, sha256, format, force_slug, version_key, rows_accepted, rows_rejected)
       VALUES ('data/satisfaction.csv', 'satisfaction.csv', 1, $sha, 'force_satisfaction', 'example', '1', 0, 0)
       RETURNING source_id AS id`,
      { sha: 'a'.repeat(64) },
    );
    const id = source!.id;
    await store.run(
      `INSERT INTO coverage SELECT $id, 'force_satisfaction', 'example', CAST(m || '-01' AS DATE), 1, NULL
       FROM unnest(from_json($months, '["VARCHAR"]')) t(m)`,
      { id, months },
    );
    // 100 responses a month per cohort, 70 to 79 satisfied in a fixed pattern.
    await store.run(
      `INSERT INTO force_satisfaction
       SELECT $id, row_number() OVER (), 'example', CAST(m || '-01' AS DATE), c, 100, 70 + (hash(m || c) % 10)
       FROM unnest(from_json($months, '["VARCHAR"]')) a(m),
            unnest(['domestic_abuse', 'vehicle_crime', 'violence', 'burglary', 'hate_crime']) b(c)`,
      { id, months },
    );
  } finally {
    store.close();
  }
});
after(() => rmSync(base, { recursive: true, force: true }));

test('scrutiny board --month writes board.html and board.md, and says why there is no PDF', () => {
  const run = scrutiny('board', '--month', '2024-03');
  assert.equal(run.code, 0, run.stderr);
  const dir = join(ws, 'out', 'board', '2024-03');
  assert.ok(existsSync(join(dir, 'board.html')));
  assert.ok(existsSync(join(dir, 'board.md')));
  assert.ok(!existsSync(join(dir, 'board.pdf')));
  assert.match(
    run.stderr,
    /warning: .*SCRUTINY_CHROMIUM names a file that does not exist, so the PDF was not written/,
  );
  assert.match(run.stdout, /board\.html/);
  const markdown = readFileSync(join(dir, 'board.md'), 'utf8');
  assert.match(markdown, /### Improve satisfaction among victims/);
  // No governance/questions.yaml in a new workspace: the column is absent, not zero.
  assert.ok(!markdown.includes('Open questions'));
  assert.match(markdown, /## Measures without figures for this period/);
});

test('scrutiny board --period names the folder by the period’s last month', () => {
  const run = scrutiny('board', '--period', 'Q4 2023/24', '--exceptions-only');
  assert.equal(run.code, 0, run.stderr);
  const markdown = readFileSync(join(ws, 'out', 'board', '2024-03', 'board.md'), 'utf8');
  assert.match(markdown, /Previous quarter \(Q3 2023\/24\)/);
});

test('usage errors exit with code 2 and name the option', () => {
  const both = scrutiny('board', '--month', '2024-03', '--period', 'Q4 2023/24');
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--month: give the month or the period, not both/);
  const marking = scrutiny('board', '--month', '2024-03', '--classification', 'secret');
  assert.equal(marking.code, 2);
  assert.match(marking.stderr, /--classification: .*expected official or official-sensitive, found "secret"/);
});
