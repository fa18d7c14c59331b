/**
 * The workspace of the golden restatement pair, built through the CLI: statement 1 (Q2 2025/26)
 * from the real Warwickshire police.uk street files of January to September 2025, as the archive of
 * September 2025; then police.uk republishes (the archive of December 2025, August 2025 with
 * REMOVED burglaries fewer) and statement 2 (Q3 2025/26) is written. The Panel meetings of
 * 6 November 2025 and 5 February 2026 are recorded. Used by test/statement/restatementPair.test.ts
 * and the print layout checks of the Panel report and of statement 2
 * (test/panel/restatedPrintLayout.test.ts, test/statement/restatedPrintLayout.test.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { REPO_ROOT, SHARED_DATA } from '../../fixtures/police-uk/testWorkspace.js';
import { splitCsvLine } from '../../helpers/csvLine.js';
import { scratchDir } from '../../helpers/scratch.js';

const ZIP = join(SHARED_DATA, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');
/** The pair is built from ../shared/data: without it (a user clone) its tests are skipped. */
export const skipWithoutPairData: false | string = existsSync(ZIP)
  ? false
  : '../shared/data is absent (a user clone): real-data test not run';
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');
/** Burglaries police.uk took out of August 2025 when it republished. */
export const REMOVED = 3;
/**
 * The rows (measure, period or month) of statement 2's annex of restated figures: burglary and
 * neighbourhood crime (burglary is one of its parts), the quarter and the month republished.
 */
export const RESTATED_IN_ANNEX = [
  ['Burglary (police.uk proxy)', 'Q2 2025/26'],
  ['Burglary (police.uk proxy)', 'August 2025'],
  ['Neighbourhood crime (police.uk proxy)', 'Q2 2025/26'],
  ['Neighbourhood crime (police.uk proxy)', 'August 2025'],
];
/** SOURCE_DATE_EPOCH of every run: 1 January 2026. */
export const PAIR_NOW = new Date(1767225600 * 1000);

export function runWith(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      TZ: 'Europe/London',
      SOURCE_DATE_EPOCH: String(PAIR_NOW.getTime() / 1000),
      ...env,
    },
  });
}

export const run = (...args: string[]) => runWith({}, ...args);

function checked(result: ReturnType<typeof run>, args: readonly string[]): string {
  assert.equal(result.status, 0, `${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

const scrutiny = (...args: string[]) => checked(run(...args), args);

/** The Panel report and the board pack without their PDFs: Chromium is not started. */
export const withoutPdf = (...args: string[]) =>
  checked(runWith({ SCRUTINY_CHROMIUM: '/nonexistent/chromium' }, ...args), args);

/** Warwickshire's street files by month, as text. */
function streetFiles(): Map<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(ZIP)), {
    filter: (file) => /warwickshire-street\.csv$/.test(file.name),
  });
  return new Map(
    Object.entries(files).map(([name, bytes]) => [name.slice(0, 7), new TextDecoder().decode(bytes)]),
  );
}

/** An unpacked archive folder: data/police-uk/<archive>/<month>/<month>-warwickshire-street.csv. */
function writeArchive(workspace: string, archive: string, months: Map<string, string>): void {
  for (const [month, text] of months) {
    const dir = join(workspace, 'data', 'police-uk', archive, month);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${month}-warwickshire-street.csv`), text);
  }
}

const isBurglary = (line: string) => splitCsvLine(line)[9] === 'Burglary';
const burglaries = (text: string) => text.split('\n').filter(isBurglary).length;

/** The file with its first `n` burglary rows taken out: the republished month. */
function withoutBurglaries(text: string, n: number): string {
  let left = n;
  return text
    .split('\n')
    .filter((line) => !(isBurglary(line) && left-- > 0))
    .join('\n');
}

const MEETINGS = `meetings:
  - { id: panel-2025-11-06, type: panel, date: 2025-11-06 }
  - { id: panel-2026-02-05, type: panel, date: 2026-02-05 }
`;

export interface RestatementPair {
  /** The workspace folder (under a scratch folder removed when the process exits). */
  readonly workspace: string;
  /** Burglaries in Q2 2025/26 as statement 1 printed them (worked out from the zip itself). */
  readonly q2Burglaries: number;
}

/**
 * Builds the pair. `afterFirst` runs once statement 1 is written, before the republished archive
 * is loaded (where a test writes the products that must say nothing of a restatement).
 */
export function buildRestatementPair(afterFirst: (workspace: string) => void = () => {}): RestatementPair {
  const workspace = join(scratchDir('scrutiny-restate-pair-'), 'ws');
  scrutiny('init', workspace, '--force-slug', 'warwickshire');
  const files = streetFiles();
  const upTo = (last: string) => new Map([...files].filter(([month]) => month <= last));
  const q2Burglaries = ['2025-07', '2025-08', '2025-09'].reduce(
    (n, m) => n + burglaries(files.get(m) ?? ''),
    0,
  );

  writeArchive(workspace, '2025-09', upTo('2025-09'));
  scrutiny('-w', workspace, 'ingest');
  scrutiny('-w', workspace, 'statement', '--period', 'Q2 2025/26');
  writeFileSync(join(workspace, 'governance', 'meetings.yaml'), MEETINGS);
  afterFirst(workspace);
  const republished = upTo('2025-12');
  republished.set('2025-08', withoutBurglaries(files.get('2025-08') ?? '', REMOVED));
  writeArchive(workspace, '2025-12', republished);
  scrutiny('-w', workspace, 'ingest');
  scrutiny('-w', workspace, 'statement', '--period', 'Q3 2025/26');
  return { workspace, q2Burglaries };
}
