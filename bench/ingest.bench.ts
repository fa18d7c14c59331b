/**
 * `npm run bench:ingest`: how fast the ingest is, against DuckDB's own reader.
 *   (a) DuckDB's bare read_csv of one national year of police.uk street files into a table;
 *   (b) `scrutiny ingest` of the same files into a fresh store (hashing, encoding and line checks,
 *       line numbers, sources and coverage, versions, one transaction);
 *   (c) `scrutiny demo` from nothing (generate, then ingest).
 * The files (43 forces x 12 months, about 6.5 million rows, 1.4 GB) are built under bench/.work/ from
 * the six real forces in ../shared/data (bench/lib/nationalStreetFiles.ts). Every run is a child
 * process, so startup is counted alike and peak memory is the command's own. Prints medians of
 * BENCH_RUNS (default 3) runs: wall time, rows/s, CPU time (all threads), the ratios (b)/(a) of wall
 * and of CPU time, and the ingest's peak RSS. Targets (issue 12): both ratios at most 1.2, peak RSS
 * at most 1 GB, the demo under 20 s on a 2-core machine. The machine may be shared: the CPU ratio is
 * the steadier figure. (b) runs the command as users do, `bin/scrutiny.js` on dist/ (rebuilt first,
 * so it is the current sources); (a) is compiled by esbuild too, so neither pays for compiling
 * TypeScript at start. BENCH_DEMO=0 leaves out (c). BENCH_INGEST_MONTHS=N runs (a) and (b) on the
 * set's first N months only (44 forces x N months), for a machine too busy for the full year; the
 * figures to quote are the full year's. The load average is printed at the start and the end.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { monthSubset } from './lib/monthSubset.js';
import { buildNationalSet } from './lib/nationalStreetFiles.js';
import { type ChildRun, median, runChild } from './lib/runChild.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const WORK = join(ROOT, 'bench', '.work');
const SOURCE_ZIP = resolve(
  ROOT,
  '..',
  'shared',
  'data',
  'police-uk',
  'police-uk-2025-warwickshire-and-peers.zip',
);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MONTHS = process.env.BENCH_INGEST_MONTHS ? Number(process.env.BENCH_INGEST_MONTHS) : undefined;
const number = new Intl.NumberFormat('en-GB');

if (!existsSync(SOURCE_ZIP)) {
  console.log(
    `bench:ingest skipped: ${SOURCE_ZIP} is absent (a user clone); the benchmark needs the real files.`,
  );
  process.exit(0);
}

mkdirSync(WORK, { recursive: true });
console.log('Building the national year of street files (once; reused afterwards) ...');
const national = await buildNationalSet(SOURCE_ZIP, WORK);
const set = MONTHS === undefined ? national : monthSubset(national, MONTHS, WORK);
if (MONTHS !== undefined) console.log(`BENCH_INGEST_MONTHS=${MONTHS}: the first ${MONTHS} months only`);
console.log(
  `${set.files.length} files, ${number.format(set.rows)} rows, ${(set.bytes / 1e9).toFixed(2)} GB, ${set.slugs.length} forces`,
);
const listFile = join(WORK, 'national-files.txt');
writeFileSync(listFile, `${set.files.join('\n')}\n`);
const workspace = join(WORK, 'ingest-workspace');
writeWorkspace(workspace, set.slugs);

console.log('Building dist/ and the bare reader ...');
await build({
  absWorkingDir: ROOT,
  entryPoints: [join(ROOT, 'bench', 'lib', 'bareReadCsv.ts')],
  outfile: join(WORK, 'bareReadCsv.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await runChild([join(ROOT, 'scripts', 'build.mjs')], ROOT).then((run) => check(run, 'npm run build'));

console.log(`load average at the start: ${load()}`);
const bare: ChildRun[] = [];
const ingest: ChildRun[] = [];
for (let run = 1; run <= RUNS; run++) {
  const bareStore = join(WORK, 'bare.duckdb');
  rmSync(bareStore, { force: true });
  rmSync(`${bareStore}.wal`, { force: true });
  const a = await runChild([join(WORK, 'bareReadCsv.mjs'), bareStore, listFile], ROOT);
  check(a, 'bare read_csv');
  const bareRows = (JSON.parse(a.stdout) as { rows: number }).rows;
  if (bareRows !== set.rows)
    throw new Error(`bare read_csv loaded ${bareRows} rows, the files hold ${set.rows}`);
  bare.push(a);
  rmSync(join(workspace, '.scrutiny'), { recursive: true, force: true });
  const b = await runChild(
    [join(ROOT, 'bin', 'scrutiny.js'), '-w', workspace, '--json', 'ingest', set.dir],
    ROOT,
  );
  check(b, 'scrutiny ingest');
  const summary = JSON.parse(b.stdout) as { rowsAccepted: number };
  if (summary.rowsAccepted !== set.rows)
    throw new Error(`scrutiny ingest loaded ${summary.rowsAccepted} rows, the files hold ${set.rows}`);
  ingest.push(b);
  console.log(
    `run ${run}: bare ${seconds(a.wallMs)} (cpu ${seconds(a.cpuMs)}), ingest ${seconds(b.wallMs)} (cpu ${seconds(b.cpuMs)}, peak ${b.maxRssMb.toFixed(0)} MB); load ${load()}`,
  );
}
rmSync(join(WORK, 'bare.duckdb'), { force: true });

const demo: ChildRun[] = [];
for (let run = 1; run <= (process.env.BENCH_DEMO === '0' ? 0 : RUNS); run++) {
  const dir = join(WORK, 'demo-workspace');
  rmSync(dir, { recursive: true, force: true });
  const c = await runChild(
    [join(ROOT, 'bin', 'scrutiny.js'), '--quiet', 'demo', dir, '--end-month', '2024-03'],
    ROOT,
  );
  check(c, 'scrutiny demo');
  demo.push(c);
  console.log(
    `demo run ${run}: ${seconds(c.wallMs)} (cpu ${seconds(c.cpuMs)}, peak ${c.maxRssMb.toFixed(0)} MB)`,
  );
  rmSync(dir, { recursive: true, force: true });
}

const aWall = median(bare.map((r) => r.wallMs));
const bWall = median(ingest.map((r) => r.wallMs));
const aCpu = median(bare.map((r) => r.cpuMs));
const bCpu = median(ingest.map((r) => r.cpuMs));
const peak = Math.max(...ingest.map((r) => r.maxRssMb));
const wallRatio = bWall / aWall;
const cpuRatio = bCpu / aCpu;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(`\nload average at the end: ${load()}`);
console.log(`Medians of ${RUNS} runs (${set.files.length} files, ${number.format(set.rows)} rows):`);
console.log(
  `  (a) DuckDB bare read_csv: ${seconds(aWall)} wall, ${rate(set.rows, aWall)} rows/s, cpu ${seconds(aCpu)}`,
);
console.log(
  `  (b) scrutiny ingest:      ${seconds(bWall)} wall, ${rate(set.rows, bWall)} rows/s, cpu ${seconds(bCpu)}`,
);
console.log(`  ratio (b)/(a), wall: ${wallRatio.toFixed(2)} (target at most 1.2) ${met(wallRatio <= 1.2)}`);
console.log(`  ratio (b)/(a), cpu:  ${cpuRatio.toFixed(2)} (target at most 1.2) ${met(cpuRatio <= 1.2)}`);
console.log(`  ingest peak RSS: ${peak.toFixed(0)} MB (target at most 1024 MB) ${met(peak <= 1024)}`);
if (demo.length > 0) {
  const demoWall = median(demo.map((r) => r.wallMs));
  console.log(
    `  (c) scrutiny demo: ${seconds(demoWall)} wall, cpu ${seconds(median(demo.map((r) => r.cpuMs)))} (target under 20 s) ${met(demoWall < 20_000)}`,
  );
}

function writeWorkspace(dir: string, slugs: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  // Every other force is a peer, so 42 forces' files raise no 'other force' warning.
  const peers = slugs
    .filter((s) => s !== 'warwickshire')
    .map((slug) => `  - slug: ${slug}\n    population: 1000000`)
    .join('\n');
  writeFileSync(
    join(dir, 'scrutiny.config.yaml'),
    `force:\n  name: Warwickshire Police\n  slug: warwickshire\n  area: Warwickshire\n  population: 545474\npeers:\n${peers}\n`,
  );
}

function check(run: ChildRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.stderr}\n${run.stdout}`);
}

/** The 1, 5 and 15 minute load averages (the machine may be shared: read the figures beside it). */
function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function rate(rows: number, ms: number): string {
  return number.format(Math.round(rows / (ms / 1000)));
}
