/**
 * `npm run bench:statement`: how long the quarterly statement takes, on the demo workspace (the
 * test helper's: seed 20190401, data to April 2024, force extract and Home Office tables ingested).
 *   (a) HTML and Markdown for one quarter, from its measures result: narrative, figures drawn,
 *       both renderers (target under 2 s);
 *   (b) the same with the PDF, including Chromium's start and exit (target under 6 s);
 *   (c) four quarters (Q1 to Q4 2023/24) in every format but Word, in one Chromium session
 *       (target under 10 s).
 * The measures themselves (computed once per quarter beforehand) are timed separately, as is Word.
 * Prints the median of 3 runs of each with Node's own CPU time (Chromium works in its own processes),
 * and the load average: on a shared machine it explains a slow run. BENCH_WORKSPACE=<dir> reuses a demo workspace made by an earlier run instead of generating one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PreparedStatement, prepareStatement } from '../src/jobs/statement/prepareStatement.js';
import { buildStatement } from '../src/narrative/statement/buildStatement.js';
import { renderDocx } from '../src/report/render/docx/renderDocx.js';
import { renderHtml } from '../src/report/render/html/renderHtml.js';
import { renderMarkdown } from '../src/report/render/markdown/renderMarkdown.js';
import { PdfRenderer } from '../src/report/render/pdf/renderPdf.js';
import { drawChart } from '../src/report/statement/drawCharts.js';
import { parsePeriod } from '../src/stats/calendar.js';
import { Store } from '../src/store/store.js';
import { loadConfig } from '../src/workspace/loadConfig.js';
import { workspacePaths } from '../src/workspace/paths.js';
import { demoStatementWorkspace, GENERATED_AT } from '../test/statement/helpers/demoWorkspace.js';

const RUNS = 3;
const QUARTERS = ['Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24', 'Q4 2023/24'];

async function median(
  label: string,
  target: number | undefined,
  work: () => Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpuStart);
    times.push((performance.now() - started) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const m = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const c = [...cpu].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const verdict =
    target === undefined
      ? ''
      : `  target ${target} s: ${m <= target ? 'met' : `MISSED (${(m / target).toFixed(1)}x)`}`;
  console.log(
    `${label.padEnd(58)} ${m.toFixed(2)} s, Node CPU ${c.toFixed(2)} s  (runs ${times.map((t) => t.toFixed(2)).join(', ')})${verdict}`,
  );
  return m;
}

const given = process.env.BENCH_WORKSPACE;
const scratch = given ? undefined : mkdtempSync(join(tmpdir(), 'scrutiny-bench-statement-'));
try {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; preparing the demo workspace ...`,
  );
  const dir = given ?? join(scratch!, 'demo');
  const store =
    given && existsSync(join(dir, '.scrutiny', 'store.duckdb'))
      ? await Store.open(workspacePaths(dir).store, { readOnly: true })
      : (await demoStatementWorkspace(dir)).store;
  const paths = workspacePaths(dir);
  const workspace = { paths, config: loadConfig(paths.config) };
  const prepared: PreparedStatement[] = [];
  for (const period of QUARTERS) {
    const started = performance.now();
    prepared.push(
      await prepareStatement(store, workspace, {
        period: parsePeriod(period),
        classification: 'OFFICIAL',
        now: GENERATED_AT,
        version: '0.1.0',
        strict: false,
      }),
    );
    console.log(
      `measures, commentary and check for ${period}: ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  }
  store.close();
  const q4 = prepared[prepared.length - 1]!;
  const build = async (p: PreparedStatement) => (await buildStatement(p.input, drawChart)).document;
  const figures = (await build(q4)).blocks.filter((b) => b.kind === 'figure').length;
  console.log(`Q4 2023/24 has ${figures} figures; load average ${loadavg()[0]!.toFixed(2)}`);

  await median('(a) HTML and Markdown, one quarter', 2, async () => {
    const doc = await build(q4);
    renderHtml(doc);
    renderMarkdown(doc);
  });
  await median('(b) HTML, Markdown and PDF, Chromium start included', 6, async () => {
    const pdf = await PdfRenderer.open(process.env);
    if (!(pdf instanceof PdfRenderer)) throw new Error(pdf.message);
    try {
      const doc = await build(q4);
      renderHtml(doc);
      renderMarkdown(doc);
      await pdf.render(doc);
    } finally {
      await pdf.close();
    }
  });
  await median('(c) four quarters, HTML, Markdown and PDF, one Chromium', 10, async () => {
    const pdf = await PdfRenderer.open(process.env);
    if (!(pdf instanceof PdfRenderer)) throw new Error(pdf.message);
    try {
      for (const p of prepared) {
        const doc = await build(p);
        renderHtml(doc);
        renderMarkdown(doc);
        await pdf.render(doc);
      }
    } finally {
      await pdf.close();
    }
  });
  const doc = await build(q4);
  await median('Word, one quarter (figures as tables; no Chromium)', undefined, () =>
    renderDocx(doc, new Map()),
  );
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
