/**
 * `npm run bench:measures-cli`: `scrutiny measures --period "Q4 2023/24"` from the shell, start-up
 * included, on a store holding a national police.uk load (43 forces × 12 months, ~6.5 million street
 * rows) and Warwickshire's force extract (bench/lib/syntheticStore.ts), the workspace being
 * Warwickshire with 7 peers. Goal: under 2 s wall. 5 runs interleaved with the anchor `node -e 0`;
 * medians with min and max, CPU time and peak memory. The workspace is made once in bench/.work/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runInterleaved } from './lib/runChild.js';
import { buildStore, FORCE, slugs } from './lib/syntheticStore.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'bin', 'scrutiny.js');
const WORKSPACE = join(ROOT, 'bench', '.work', 'national-43');
const STORE = join(WORKSPACE, '.scrutiny', 'store.duckdb');
const RUNS = 5;

if (!existsSync(STORE)) {
  console.log(`Making the 43-force workspace in ${WORKSPACE} ...`);
  mkdirSync(join(WORKSPACE, '.scrutiny'), { recursive: true });
  const peers = slugs.filter((s) => s !== FORCE).slice(0, 7);
  writeFileSync(
    join(WORKSPACE, 'scrutiny.config.yaml'),
    [
      'force:',
      '  name: Warwickshire Police',
      `  slug: ${FORCE}`,
      '  area: Warwickshire',
      '  population: 600000',
      'peers:',
      ...peers.flatMap((slug, i) => [`  - slug: ${slug}`, `    population: ${600000 + i * 50000}`]),
      '',
    ].join('\n'),
  );
  (await buildStore(STORE)).close();
}

const cases = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'measures, 43-force store', args: [BIN, '-w', WORKSPACE, 'measures', '--period', 'Q4 2023/24'] },
];
const load = loadavg();
const results = await runInterleaved(cases, RUNS, ROOT);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${RUNS} runs each, interleaved; load average at the start ${load.map((l) => l.toFixed(1)).join(', ')}`,
);
for (const c of cases) {
  const runs = results.get(c.label) ?? [];
  const walls = runs.map((r) => r.wallMs);
  console.log(
    `${c.label.padEnd(26)} median ${seconds(median(walls))} (min ${seconds(Math.min(...walls))}, max ${seconds(Math.max(...walls))})` +
      ` | CPU ${seconds(median(runs.map((r) => r.cpuMs)))} | peak RSS ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`,
  );
}
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
