/**
 * Which data.police.uk archives to download. An archive `YYYY-MM.zip` holds the 36 months to its own
 * month for every force, so a month range is covered by the archive of its last month, then (for a
 * range longer than three years) the archive 36 months earlier, and so on.
 */
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import { addMonths, isMonth, type Month } from '../../stats/calendar.js';

/** Months an archive covers, its own month included. */
export const ARCHIVE_MONTHS = 36;

export interface MonthRange {
  readonly first: Month;
  readonly last: Month;
}

/** 'YYYY-MM..YYYY-MM' or one month 'YYYY-MM'; anything else is a usage error. */
export function parseMonthRange(text: string): MonthRange {
  const [first = '', last = first, extra] = text.trim().split('..');
  if (extra !== undefined || !isMonth(first) || !isMonth(last) || first > last)
    throw new ScrutinyError(messages.ingest.fetchBadMonths(text), ExitCode.usageError);
  return { first, last };
}

/** The archives that together cover the range, newest first. */
export function archivesFor(range: MonthRange): Month[] {
  const archives: Month[] = [];
  for (let archive = range.last; ; archive = addMonths(archive, -ARCHIVE_MONTHS)) {
    archives.push(archive);
    if (addMonths(archive, 1 - ARCHIVE_MONTHS) <= range.first) return archives;
  }
}

/** `<base>/data/archive/YYYY-MM.zip`, the published pattern. */
export function archiveUrl(baseUrl: string, archive: Month): string {
  return `${baseUrl.replace(/\/+$/, '')}/data/archive/${archive}.zip`;
}
