/**
 * The demo workspace the site tests share: generated (fixed seed, data to March 2023: four years,
 * enough for the 3-year average in the last year), ingested, given a statement for Q4 2022/23 (PDF
 * too when Chromium is there), some commentary (with javascript: and data: links in it), an
 * OFFICIAL-SENSITIVE measure with a scrutiny question about it, a question marked OFFICIAL-SENSITIVE
 * about a public measure, and a second statement marked OFFICIAL-SENSITIVE: the things the public
 * site must leave out or neutralise.
 *
 * It takes minutes, so it is built once into the system's temporary folder and reused by every
 * test file (node:test runs files in separate processes): a lock folder keeps two files from
 * building it at once, a marker file says it is complete, and the folder's name carries a hash of
 * the source code that makes it, so a change to that code builds it afresh.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareStatement } from '../../src/jobs/statement/prepareStatement.js';
import { writeStatement } from '../../src/jobs/statement/writeStatement.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { parsePeriod } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';
import { type WorkspacePaths, workspacePaths } from '../../src/workspace/paths.js';
import { buildDemoWorkspace, sensitiveMeasureYaml } from '../helpers/demoWorkspace.js';
import { scratchDir } from '../helpers/scratch.js';

export const SEED = 20190401;
export const END_MONTH = '2023-03';
export const QUARTER = 'Q4 2022/23';
/** The quarter parsed, as the cli hands it to the jobs. */
export const QUARTER_PERIOD = parsePeriod(QUARTER);
export const SENSITIVE_ID = 'domestic_abuse_knife_crime';
export const SENSITIVE_TITLE = 'Domestic abuse offences involving a knife';
export const SENSITIVE_QUESTION = 'SQ-901';
export const SENSITIVE_STATEMENT = '2022-23-q3';
export const SENSITIVE_QUESTION_TEXT = 'the knife crime flagged as domestic abuse in one district';
/** A question marked OFFICIAL-SENSITIVE itself, about a public measure. */
export const MARKED_QUESTION = 'SQ-902';
export const MARKED_QUESTION_TEXT = 'the covert operation against burglary on the Eastfield estate';
export const COMMENTARY_TEXT = 'Burglary of homes is a priority for every neighbourhood team this year.';
/** Links an analyst (or an attacker with write access to commentary) might put in: only the last may survive. */
export const INJECTED_LINKS =
  "See [the force's burglary page](javascript:document.title='INJECTED'), [the leaflet](data:text/html;base64,PHNjcmlwdD5kb2N1bWVudC50aXRsZT0nSU5KRUNURUQnPC9zY3JpcHQ+) and [the national guidance](https://www.gov.uk/).";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const SENSITIVE_QUESTION_YAML = `  - id: ${SENSITIVE_QUESTION}
    raised_in:
      report: OPCC Performance Scrutiny report
      period: Q3 2022/23
    date: 2022-12-01
    measures:
      - ${SENSITIVE_ID}
    text: ${SENSITIVE_QUESTION_TEXT}
    status: open
  - id: ${MARKED_QUESTION}
    raised_in:
      report: OPCC Performance Scrutiny report
      period: Q3 2022/23
    date: 2022-12-05
    measures:
      - residential_burglary
    text: ${MARKED_QUESTION_TEXT}
    status: open
    classification: OFFICIAL-SENSITIVE
`;

/** A hash of the code that makes the fixture's data (demo, sources, store, catalogue). */
function codeHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|yaml)$/.test(name)) hash.update(path).update(readFileSync(path));
    }
  };
  // The data side only: narrative and report change often, and the site tests do not test the statement.
  for (const dir of ['demo', 'sources', 'store', 'catalogue']) walk(join(repoRoot, 'src', dir));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(join(repoRoot, 'test', 'helpers', 'demoWorkspace.ts')));
  return hash.digest('hex').slice(0, 12);
}

async function build(root: string): Promise<void> {
  const { paths, config, store } = await buildDemoWorkspace(root, {
    seed: SEED,
    endMonth: END_MONTH,
    governance: true,
    measures: {
      'sensitive.yaml': sensitiveMeasureYaml(
        SENSITIVE_ID,
        SENSITIVE_TITLE,
        'Crimes the force flags both as domestic abuse and as involving a knife.',
      ),
    },
    prepare: (paths) => {
      const questions = join(paths.governance, 'questions.yaml');
      writeFileSync(questions, `${readFileSync(questions, 'utf8').trimEnd()}\n${SENSITIVE_QUESTION_YAML}`);
      const commentary = join(paths.commentary, '2022-23-Q4');
      mkdirSync(commentary, { recursive: true });
      writeFileSync(join(commentary, 'neighbourhood_crime.md'), `${COMMENTARY_TEXT}\n\n${INJECTED_LINKS}\n`);
    },
  });
  store.close();
  const reader = await Store.open(paths.store, { readOnly: true });
  let prepared: Awaited<ReturnType<typeof prepareStatement>>;
  try {
    prepared = await prepareStatement(
      reader,
      { paths, config },
      {
        period: QUARTER_PERIOD,
        classification: 'OFFICIAL',
        now: new Date('2023-04-20T09:00:00Z'),
        version: 'test',
        strict: false,
      },
    );
  } finally {
    reader.close();
  }
  const pdf = await PdfRenderer.open(process.env);
  try {
    const written = await writeStatement(prepared, paths.out, pdf);
    // The same statement marked OFFICIAL-SENSITIVE, as if built with --classification official-sensitive.
    const sensitive = join(paths.out, 'statements', SENSITIVE_STATEMENT);
    cpSync(written.dir, sensitive, { recursive: true });
    const html = join(sensitive, 'statement.html');
    writeFileSync(
      html,
      readFileSync(html, 'utf8').replace(/(class="marking[^"]*">)OFFICIAL</g, '$1OFFICIAL-SENSITIVE<'),
    );
  } finally {
    if (pdf instanceof PdfRenderer) await pdf.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * A fresh copy of the shared workspace (tests write into out/ and commentary/), made from the
 * built one. The copy holds the store, so each test file has its own.
 */
export async function demoWorkspace(): Promise<WorkspacePaths> {
  // A workspace prepared by hand (e.g. `scrutiny demo` + `scrutiny statement`) may stand in, for
  // working on the browser checks; the tests that count rows expect the fixture's own months.
  const prepared = process.env.SCRUTINY_SITE_TEST_WORKSPACE;
  if (prepared) return copyOf(prepared);
  const base = join(tmpdir(), `scrutiny-site-fixture-${SEED}-${END_MONTH}-${codeHash()}`);
  const root = join(base, 'workspace');
  const done = join(base, 'complete');
  const lock = join(`${base}.lock`);
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it: wait (a lock older than 20 minutes is a dead build).
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 20 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await sleep(2000);
      continue;
    }
    try {
      if (!existsSync(done)) {
        rmSync(base, { recursive: true, force: true });
        pruneOldFixtures(base);
        await build(root);
        writeFileSync(done, new Date().toISOString());
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return copyOf(root);
}

/**
 * Fixtures built by earlier versions of the code (about 170 MB each, one per change to it) and
 * unused for six hours: another checkout's fixture in use now is younger than that.
 */
function pruneOldFixtures(current: string): void {
  const prefix = `scrutiny-site-fixture-${SEED}-${END_MONTH}-`;
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith(prefix) || name.endsWith('.lock') || dir === current) continue;
    if (Date.now() - statSync(dir).mtimeMs > 6 * 3600_000) rmSync(dir, { recursive: true, force: true });
  }
}

function copyOf(root: string): WorkspacePaths {
  const copy = join(scratchDir('scrutiny-site-test-'), 'workspace');
  cpSync(root, copy, { recursive: true });
  return workspacePaths(copy);
}
