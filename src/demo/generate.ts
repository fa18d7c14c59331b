/**
 * `generateDemoWorkspace`: a complete workspace for the fictional Midshire Police, generated from a
 * seed, in exactly the input formats of catalogue/formats.ts (docs/demo.md):
 * - scrutiny.config.yaml (districts and peers with populations);
 * - data/force-extract-<5th of the next month>/{crimes,satisfaction,ocg_disruptions}.csv from April 2019;
 * - data/police-uk/<endMonth>.zip: 36 months of Midshire street, outcomes and stop-and-search files
 *   and the last 13 months of the seven peers' street files;
 * - data/home-office/{prc,outcomes}-pfa-<first>-<last>.csv for Midshire and its peers.
 * One pass over the months makes every file, so all of them describe the same crimes. The same seed
 * and endMonth give byte-identical files; nothing reads the clock unless endMonth is left out.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FORCE_CRIMES_COLUMNS,
  POLICE_UK_STOP_SEARCH_COLUMNS,
  POLICE_UK_STREET_COLUMNS,
} from '../catalogue/formats.js';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import { addMonths, isMonth, londonMonthOfInstant, type Month, monthParts } from '../stats/calendar.js';
import { parseConfigText } from '../workspace/loadConfig.js';
import { workspacePaths } from '../workspace/paths.js';
import { CsvFile } from './csvOut.js';
import { demoConfigText } from './demoConfig.js';
import { ForceSimulation } from './forceSimulation.js';
import { HomeOfficeCounts } from './homeOfficeCounts.js';
import { writeOutcomes, writeRecordedCrime } from './homeOfficeTables.js';
import { OFFENCE_MIX } from './offenceMix.js';
import { PeerSimulation } from './peerSimulation.js';
import { Random } from './random.js';
import { writeOcgDisruptions, writeSatisfaction } from './satisfaction.js';
import { stopSearchRows } from './stopSearch.js';
import { TextBuffer } from './textBuffer.js';
import { buildTimeline, POLICE_UK_FORCE_MONTHS, type Timeline } from './timeline.js';
import { DEMO_START } from './volumeModel.js';
import { MIDSHIRE, PEERS } from './world.js';
import { ZipArchive } from './zipArchive.js';

export const DEFAULT_DEMO_SEED = 20190401;
/** The first endMonth whose 36-month police.uk window starts no earlier than the data. */
export const EARLIEST_END_MONTH: Month = addMonths(DEMO_START, POLICE_UK_FORCE_MONTHS - 1);
const LATEST_END_MONTH: Month = '2099-12';

export interface DemoOptions {
  /** Any whole number from 0 to 2^32 - 1; default DEFAULT_DEMO_SEED. */
  readonly seed?: number;
  /** Last month of data, 'YYYY-MM'; default the last complete month in Europe/London. */
  readonly endMonth?: Month;
}

export interface DemoFile {
  /** Relative to the workspace root, with '/' separators. */
  readonly path: string;
  /** Data rows (CSV) or entries (zip). */
  readonly rows: number;
}

export interface DemoSummary {
  readonly root: string;
  readonly seed: number;
  readonly endMonth: Month;
  readonly firstMonth: Month;
  readonly crimes: number;
  readonly files: readonly DemoFile[];
}

/** The last complete month on London's clocks at `now`: the CLI's default endMonth. */
export function lastCompleteMonth(now: Date): Month {
  return addMonths(londonMonthOfInstant(now), -1);
}

export async function generateDemoWorkspace(dir: string, options: DemoOptions = {}): Promise<DemoSummary> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new ScrutinyError(messages.demo.seedInvalid(seed), ExitCode.usageError);
  const endMonth = options.endMonth ?? lastCompleteMonth(new Date());
  if (!isMonth(endMonth))
    throw new ScrutinyError(messages.demo.endMonthInvalid(endMonth), ExitCode.usageError);
  if (endMonth < EARLIEST_END_MONTH || endMonth > LATEST_END_MONTH)
    throw new ScrutinyError(
      messages.demo.endMonthOutOfRange(endMonth, EARLIEST_END_MONTH, LATEST_END_MONTH),
      ExitCode.usageError,
    );
  const paths = workspacePaths(dir);
  if (existsSync(paths.config))
    throw new ScrutinyError(messages.workspace.directoryNotEmpty(paths.root), ExitCode.usageError);

  const timeline = buildTimeline(endMonth);
  const extractDir = join(paths.data, `force-extract-${timeline.extractDate}`);
  const policeUkDir = join(paths.data, 'police-uk');
  const homeOfficeDir = join(paths.data, 'home-office');
  for (const folder of [
    extractDir,
    policeUkDir,
    homeOfficeDir,
    paths.commentary,
    paths.governance,
    paths.out,
  ])
    mkdirSync(folder, { recursive: true });
  const configText = demoConfigText();
  parseConfigText(configText, paths.config); // a broken demo config is a bug: fail before writing it
  writeFileSync(paths.config, configText);
  writeFileSync(join(paths.root, '.gitignore'), '.scrutiny/\nout/\n');

  const files: DemoFile[] = [];
  const forces = [MIDSHIRE, ...PEERS];
  const counts = new HomeOfficeCounts(forces.length, OFFENCE_MIX.length, timeline);
  const crimesCsv = new CsvFile(join(extractDir, 'crimes.csv'), FORCE_CRIMES_COLUMNS);
  const zip = new ZipArchive(join(policeUkDir, `${endMonth}.zip`), zipDate(timeline));
  await writePoliceUkAndCrimes(seed, timeline, counts, crimesCsv, zip);
  crimesCsv.close();
  await zip.close();

  const extract = `data/force-extract-${timeline.extractDate}`;
  files.push({ path: `${extract}/crimes.csv`, rows: crimesCsv.rows });
  files.push({
    path: `${extract}/satisfaction.csv`,
    rows: writeSatisfaction(join(extractDir, 'satisfaction.csv'), seed, timeline.months),
  });
  files.push({
    path: `${extract}/ocg_disruptions.csv`,
    rows: writeOcgDisruptions(join(extractDir, 'ocg_disruptions.csv'), seed, timeline.months),
  });
  files.push({ path: `data/police-uk/${endMonth}.zip`, rows: zip.entries });
  const span = `${monthLabel(DEMO_START)}-${monthLabel(timeline.lastQuarterMonth)}`;
  files.push({
    path: `data/home-office/prc-pfa-${span}.csv`,
    rows: writeRecordedCrime(join(homeOfficeDir, `prc-pfa-${span}.csv`), timeline, forces, counts),
  });
  files.push({
    path: `data/home-office/outcomes-pfa-${span}.csv`,
    rows: writeOutcomes(join(homeOfficeDir, `outcomes-pfa-${span}.csv`), timeline, forces, counts),
  });
  return { root: paths.root, seed, endMonth, firstMonth: DEMO_START, crimes: crimesCsv.rows, files };
}

/** The one pass over the months: Midshire's crimes, then its police.uk files, then the peers'. */
async function writePoliceUkAndCrimes(
  seed: number,
  timeline: Timeline,
  counts: HomeOfficeCounts,
  crimesCsv: CsvFile,
  zip: ZipArchive,
): Promise<void> {
  const force = new ForceSimulation(seed, timeline, counts, crimesCsv);
  const peers = PEERS.map((peer, i) => new PeerSimulation(seed, peer, i + 1, timeline, counts));
  const searchRandom = Random.stream(seed, 'stop-search');
  const header = (columns: readonly string[]) => `${columns.join(',')}\n`;
  const streetHeader = header(POLICE_UK_STREET_COLUMNS);
  for (const month of timeline.months) {
    const street = force.month(month, streetHeader);
    if (street) {
      const folder = `${month}/${month}-${MIDSHIRE.slug}`;
      zip.add(`${folder}-street.csv`, street.bytes());
      zip.add(`${folder}-outcomes.csv`, force.outcomesOf(month).bytes());
      const searches = new TextBuffer(header(POLICE_UK_STOP_SEARCH_COLUMNS));
      for (const row of stopSearchRows(searchRandom, month, force.geography)) searches.push(row);
      zip.add(`${folder}-stop-and-search.csv`, searches.bytes());
    }
    peers.forEach((peer, i) => {
      const rows = peer.month(month, streetHeader);
      if (rows) zip.add(`${month}/${month}-${PEERS[i]!.slug}-street.csv`, rows.bytes());
    });
  }
}

/** The archive's entries are dated the day police.uk would publish it: late in the next month. */
function zipDate(timeline: Timeline): { year: number; monthNumber: number; day: number } {
  const { year, monthNumber } = monthParts(addMonths(timeline.endMonth, 1));
  return { year, monthNumber, day: 20 };
}

const SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** 'apr2019', as the Home Office names its tables ('prc-pfa-mar2013-onwards'). */
function monthLabel(month: Month): string {
  const { year, monthNumber } = monthParts(month);
  return `${SHORT[monthNumber - 1]}${year}`;
}
