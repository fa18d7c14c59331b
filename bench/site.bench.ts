/**
 * `npm run bench:site`: how long the public website takes to build.
 *   (a) a full build of the demo site, cold: every measure computed from the store, every chart
 *       drawn, every page and download written (no cache of figures or charts). Target: under 15 s.
 *   (b) a rebuild after one commentary edit, as `site serve` does it: the same SiteBuilder, one
 *       priority's commentary changed. Target: under 2 s.
 * The workspace is the demo (six years of data, April 2019 to March 2025, every measure), generated
 * and ingested into bench/.work/site-demo the first time (minutes), or the workspace named by
 * BENCH_SITE_WORKSPACE (copied, never changed). Prints the median of 3 runs of (a) and 5 of (b).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoWorkspace } from '../src/demo/generate.js';
import { writeDemoGovernance } from '../src/demo/governanceRecords.js';
import { SiteBuilder } from '../src/jobs/site/siteBuilder.js';
import { periodFolderName } from '../src/narrative/commentaryFiles.js';
import { ingest } from '../src/sources/ingest.js';
import { Store } from '../src/store/store.js';
import { loadConfig } from '../src/workspace/loadConfig.js';
import { workspacePaths } from '../src/workspace/paths.js';

const END_MONTH = '2025-03';
const here = dirname(fileURLToPath(import.meta.url));

async function demo(): Promise<string> {
  const given = process.env.BENCH_SITE_WORKSPACE;
  if (given) return resolve(given);
  const root = join(here, '.work', 'site-demo');
  if (existsSync(join(root, '.bench-complete'))) return root;
  rmSync(root, { recursive: true, force: true });
  console.log(
    `Generating and ingesting the demo workspace (data to ${END_MONTH}) into ${root}: a few minutes, once ...`,
  );
  await generateDemoWorkspace(root, { endMonth: END_MONTH });
  const paths = workspacePaths(root);
  writeDemoGovernance(paths.governance, { endMonth: END_MONTH });
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store);
  try {
    await ingest(store, [paths.data], {
      skipBadRows: false,
      workspaceForceSlug: config.force.slug,
      peerSlugs: config.peers.map((p) => p.slug),
      satisfactionCohorts: config.satisfaction.cohorts,
      tmpDir: paths.tmp,
      rejectsDir: paths.rejects,
    });
  } finally {
    store.close();
  }
  writeFileSync(join(root, '.bench-complete'), new Date().toISOString());
  return root;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const source = await demo();
const copy = join(tmpdir(), `scrutiny-site-bench-${process.pid}`);
cpSync(source, copy, { recursive: true });
const paths = workspacePaths(copy);
const options = { version: 'bench', now: () => new Date('2025-04-20T09:00:00Z') };
try {
  const full: number[] = [];
  let pages = 0;
  let charts = 0;
  for (let run = 0; run < 3; run++) {
    rmSync(join(paths.internal, 'cache'), { recursive: true, force: true });
    rmSync(join(paths.out, 'site'), { recursive: true, force: true });
    const started = performance.now();
    const build = await new SiteBuilder(paths, { ...options, diskCache: false }).build();
    full.push(performance.now() - started);
    pages = build.pages;
    charts = build.chartsDrawn;
  }
  const builder = new SiteBuilder(paths, options);
  const warm = await builder.build();
  const folder = periodFolderName(warm.model.period).replace(/-q([1-4])$/, '-Q$1');
  const commentary = join(paths.commentary, folder);
  mkdirSync(commentary, { recursive: true });
  const rebuild: number[] = [];
  let written = 0;
  for (let run = 0; run < 5; run++) {
    writeFileSync(
      join(commentary, 'neighbourhood_crime.md'),
      `Edit number ${run + 1}: burglary fell again.\n`,
    );
    const started = performance.now();
    const build = await builder.build();
    rebuild.push(performance.now() - started);
    written = build.written;
  }
  const a = median(full);
  const b = median(rebuild);
  console.log(
    `(a) full build, cold: ${pages} pages, ${charts} charts: median ${seconds(a)} (runs ${full.map(seconds).join(', ')}); target 15 s: ${(a / 15000).toFixed(2)} of it`,
  );
  console.log(
    `(b) rebuild after a commentary edit: ${written} file(s) rewritten: median ${seconds(b)} (runs ${rebuild.map(seconds).join(', ')}); target 2 s: ${(b / 2000).toFixed(2)} of it`,
  );
  console.log(`peak resident memory ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
