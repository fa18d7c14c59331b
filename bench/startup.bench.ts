/**
 * `npm run bench:startup`: how long a command takes from the shell, start-up included, as a user
 * runs it (`node bin/scrutiny.js`, which runs the compiled dist/ in one process).
 *   node -e 0                    the anchor: Node itself starting and stopping, measured in the same run
 *   --version                    start-up alone (goal: under 0.4 s above the anchor)
 *   status                       start-up + DuckDB + the config reader, on the demo workspace
 *   measures --measure robbery   start-up + one measure for one quarter, on the demo workspace
 * Each is run 10 times, interleaved (so a burst of load on this shared machine hits all alike);
 * prints the median, min and max wall time, the median's ratio to and excess over the anchor, the
 * median CPU time (and its excess over the anchor's: on a loaded machine the steadier figure) and
 * the peak resident memory. The demo workspace is made once in bench/.work/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runChild, runInterleaved } from './lib/runChild.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'bin', 'scrutiny.js');
const WORK = join(ROOT, 'bench', '.work');
const DEMO = join(WORK, 'startup-demo-2024-03');
const RUNS = 10;

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(join(DEMO, '.scrutiny', 'store.duckdb'))) {
  mkdirSync(WORK, { recursive: true });
  console.log(`Making the demo workspace in ${DEMO} ...`);
  const made = await runChild([BIN, 'demo', DEMO, '--end-month', '2024-03', '-q'], ROOT);
  if (made.code !== 0) throw new Error(`demo failed: ${made.stderr}`);
}

const cases: { label: string; args: string[] }[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: '--version', args: [BIN, '--version'] },
  { label: 'status', args: [BIN, '-w', DEMO, 'status'] },
  {
    label: 'measures --measure robbery',
    args: [BIN, '-w', DEMO, 'measures', '--period', 'Q4 2023/24', '--measure', 'robbery'],
  },
];

const load = loadavg();
const results = await runInterleaved(cases, RUNS, ROOT);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const anchor = median((results.get('node -e 0') ?? []).map((r) => r.wallMs));
const anchorCpu = median((results.get('node -e 0') ?? []).map((r) => r.cpuMs));
console.log(
  `start-up: ${RUNS} runs each, interleaved; load average at the start ${load.map((l) => l.toFixed(1)).join(', ')}`,
);
for (const c of cases) {
  const runs = results.get(c.label) ?? [];
  const walls = runs.map((r) => r.wallMs);
  const mid = median(walls);
  console.log(
    `${c.label.padEnd(28)} median ${seconds(mid)} (min ${seconds(Math.min(...walls))}, max ${seconds(Math.max(...walls))})` +
      ` | ${(mid / anchor).toFixed(2)}× the anchor, +${seconds(mid - anchor)}` +
      ` | CPU ${seconds(median(runs.map((r) => r.cpuMs)))} (+${seconds(median(runs.map((r) => r.cpuMs)) - anchorCpu)})` +
      ` | peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`,
  );
}
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
