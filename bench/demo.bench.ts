/**
 * `npm run bench:demo`: the README's first command after `npm ci`, `npm run demo` (generate the demo
 * workspace and ingest it: ~1.6 million rows), from the shell, start-up included. Goal: under 20 s
 * wall. 3 runs into a fresh folder each, interleaved with the anchor `node -e 0`; medians with min
 * and max, CPU time (all threads; DuckDB loads in parallel) and peak memory.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChildRun, median, runChild } from './lib/runChild.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'bin', 'scrutiny.js');
const DEMO = join(ROOT, 'bench', '.work', 'demo-bench');
const RUNS = 3;

const load = loadavg();
const anchor: ChildRun[] = [];
const demo: ChildRun[] = [];
for (let run = 0; run < RUNS; run++) {
  anchor.push(await runChild(['-e', '0'], ROOT));
  rmSync(DEMO, { recursive: true, force: true });
  const result = await runChild([BIN, 'demo', DEMO, '-q'], ROOT);
  if (result.code !== 0) throw new Error(`demo failed (exit ${result.code}): ${result.stderr}`);
  demo.push(result);
}
rmSync(DEMO, { recursive: true, force: true });

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${RUNS} runs each, interleaved; load average at the start ${load.map((l) => l.toFixed(1)).join(', ')}`,
);
for (const [label, runs] of [
  ['node -e 0', anchor],
  ['demo', demo],
] as const) {
  const walls = runs.map((r) => r.wallMs);
  console.log(
    `${label.padEnd(10)} median ${seconds(median(walls))} (min ${seconds(Math.min(...walls))}, max ${seconds(Math.max(...walls))})` +
      ` | CPU ${seconds(median(runs.map((r) => r.cpuMs)))} | peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`,
  );
}
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
