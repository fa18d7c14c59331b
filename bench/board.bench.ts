/**
 * `npm run bench:board`: how long `scrutiny board --month 2024-03` takes on the demo workspace,
 * from the store to the files: the measures, the governance records, the board and its files.
 *   (a) HTML and Markdown (target under 3 s), median of 5 runs;
 *   (b) with the PDF, Chromium started each run as the command does (target under 6 s), median of 3.
 * The demo workspace (seed 20190401, data to March 2024, with governance records) is generated and
 * ingested first, or taken from the folder given as the first argument if it holds one already.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoWorkspace } from '../src/demo/generate.js';
import { writeDemoGovernance } from '../src/demo/governanceRecords.js';
import { runBoard } from '../src/jobs/boardPack/runBoard.js';
import { openChromium } from '../src/report/render/pdf/chromium.js';
import { ingest } from '../src/sources/ingest.js';
import { parsePeriod } from '../src/stats/calendar.js';
import { Store } from '../src/store/store.js';
import { loadConfig } from '../src/workspace/loadConfig.js';
import { workspacePaths } from '../src/workspace/paths.js';

const MONTH = '2024-03';
const given = process.argv[2];
const scratch = given ? undefined : mkdtempSync(join(tmpdir(), 'scrutiny-bench-board-'));
const paths = workspacePaths(given ?? join(scratch!, 'demo'));

if (!existsSync(paths.store)) {
  const started = performance.now();
  await generateDemoWorkspace(paths.root, { seed: 20190401, endMonth: MONTH });
  writeDemoGovernance(paths.governance, { endMonth: MONTH });
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store);
  await ingest(store, [paths.data], {
    skipBadRows: false,
    workspaceForceSlug: config.force.slug,
    peerSlugs: config.peers.map((p) => p.slug),
    satisfactionCohorts: config.satisfaction.cohorts,
    tmpDir: paths.tmp,
    rejectsDir: paths.rejects,
  });
  store.close();
  console.log(
    `demo workspace generated and ingested in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function once(withPdf: boolean): Promise<number> {
  const started = performance.now();
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store, { readOnly: true });
  const chromium = withPdf ? await openChromium(process.env) : undefined;
  try {
    const run = await runBoard(store, {
      paths,
      config,
      request: { period: parsePeriod(MONTH), exceptionsOnly: false },
      now: new Date(),
      version: 'bench',
      ...(chromium ? { pdf: 'session' in chromium ? chromium.session : chromium.problem } : {}),
    });
    if (withPdf && !run.files.some((f) => f.endsWith('.pdf'))) console.log('no PDF written:', run.problems);
  } finally {
    if (chromium && 'session' in chromium) await chromium.session.close();
    store.close();
  }
  return performance.now() - started;
}

const report = (label: string, times: number[], target: number) =>
  console.log(
    `${label}: median ${(median(times) / 1000).toFixed(2)} s (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}; target < ${target} s)`,
  );

const htmlRuns: number[] = [];
for (let i = 0; i < 5; i++) htmlRuns.push(await once(false));
report('(a) board HTML and Markdown', htmlRuns, 3);
const pdfRuns: number[] = [];
for (let i = 0; i < 3; i++) pdfRuns.push(await once(true));
report('(b) board HTML, Markdown and PDF', pdfRuns, 6);
if (scratch) rmSync(scratch, { recursive: true, force: true });
