/**
 * The --period (and board --month) option of every command, read in this one place: the forms of
 * src/stats/calendar/parsePeriod.ts, with the store's latest month of the force's own data so that
 * 'FYTD' and a financial year still running mean the months there are. Without the option, the
 * latest complete quarter of that data. An unreadable period is a usage error (exit 2) that lists
 * the forms accepted. Commands pass the period's own label on; it reads back as the same period.
 */
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import { completeQuarterUpTo, type Period, periodProblem, readPeriodLabel } from '../stats/calendar.js';
import type { Store } from '../store/store.js';
import type { WorkspaceConfig } from '../workspace/config.js';

/** The period a command runs for: the option read against the data, or the latest complete quarter. */
export async function periodOption(
  store: Store,
  config: WorkspaceConfig,
  text: string | undefined,
  field = '--period',
): Promise<Period> {
  // Loaded when a command runs, not at start-up (the store module loads DuckDB).
  const { dataLoaded, latestForceMonth } = await import('../measures/dataLoaded.js');
  const latestMonth = latestForceMonth(await dataLoaded(store), config.force.slug);
  if (text === undefined) {
    if (latestMonth === undefined)
      throw new ScrutinyError(messages.measures.defaultPeriodWithoutData(config.force.slug));
    return completeQuarterUpTo(latestMonth);
  }
  const read = readPeriodLabel(text, latestMonth === undefined ? {} : { latestMonth });
  if (!read.ok) throw new ScrutinyError(periodProblem(text, field, read.reason), ExitCode.usageError);
  return read.period;
}

/** The help text of a --period option. */
export const PERIOD_HELP =
  "'Q4 2023/24', 'Q4 2023-24', '2023/24', 'FY 2023/24', 'FYTD', '2023-04..2023-12', 'March 2024' (default: the latest complete quarter)";

/**
 * For commands that open the store later (site, report): the period asked for, read against the
 * data now; undefined when the option is not given (the command has its own default).
 */
export async function periodOptionBeforeStore(
  storePath: string,
  config: WorkspaceConfig,
  text: string | undefined,
): Promise<Period | undefined> {
  if (text === undefined) return undefined;
  const { Store } = await import('../store/store.js');
  const store = await Store.open(storePath, { readOnly: true });
  try {
    return await periodOption(store, config, text);
  } finally {
    store.close();
  }
}
