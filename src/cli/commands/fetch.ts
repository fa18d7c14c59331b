/**
 * `scrutiny fetch police-uk --force <slug> [--months YYYY-MM..YYYY-MM] [--base-url URL]`: download
 * data.police.uk archives into the workspace and keep the force's files (src/sources/fetch/).
 */
import type { Command } from 'commander';
import { parseMonthRange } from '../../sources/fetch/archiveMonths.js';
import type { FetchEvent } from '../../sources/fetch/fetchPoliceUk.js';
import { DEFAULT_POLICE_UK_BASE_URL } from '../../sources/fetch/policeUkSite.js';
import { londonMonthOfInstant } from '../../stats/calendar.js';
import { action, openWorkspace } from '../context.js';
import type { Output } from '../output.js';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function registerFetch(program: Command): void {
  const fetch = program
    .command('fetch')
    .description('download published data into the workspace data/ folder');
  fetch
    .command('police-uk')
    .description(
      "download data.police.uk archives (YYYY-MM.zip, every force) and keep the given forces' files in data/police-uk/",
    )
    .requiredOption(
      '--force <slug>',
      'police.uk slug of a force to keep; repeat for several (e.g. --force warwickshire --force west-mercia)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--months <YYYY-MM..YYYY-MM>', 'months to keep (default: the 36 months of the newest archive)')
    .option('--base-url <url>', 'where the archives are published, or a mirror', DEFAULT_POLICE_UK_BASE_URL)
    .option('--keep-archive', 'keep the whole downloaded archive in data/.downloads/', false)
    .action(
      action(async (output, command) => {
        const opts = command.opts<{
          force: string[];
          months?: string;
          baseUrl: string;
          keepArchive: boolean;
        }>();
        const months = opts.months === undefined ? undefined : parseMonthRange(opts.months);
        const { paths } = openWorkspace(command);
        // Loaded here, not at start: the downloader brings the zip reader and writer with it.
        const { fetchPoliceUk } = await import('../../sources/fetch/fetchPoliceUk.js');
        const summary = await fetchPoliceUk(
          {
            forces: opts.force,
            ...(months ? { months } : {}),
            baseUrl: opts.baseUrl,
            dataDir: paths.data,
            keepArchive: opts.keepArchive,
            thisMonth: londonMonthOfInstant(new Date()),
          },
          reporter(output),
        );
        for (const written of summary.written)
          output.result(`Wrote ${written.path}: ${written.files} files for ${written.forceSlug}.`);
        output.info('Next: scrutiny ingest');
        output.json({ ok: true, ...summary });
        return 0;
      }),
    );
}

/** One line when a download starts, one every ~10% of it, one when it is done. */
function reporter(output: Output): (event: FetchEvent) => void {
  let shown = -1;
  return (event) => {
    if (event.type === 'download') {
      shown = -1;
      output.info(`Downloading ${event.url} ...`);
    } else if (event.type === 'progress' && event.progress.total) {
      const tenth = Math.floor((10 * event.progress.bytes) / event.progress.total);
      if (tenth > shown) {
        shown = tenth;
        output.info(`  ${megabytes(event.progress.bytes)} of ${megabytes(event.progress.total)}`);
      }
    } else if (event.type === 'downloaded' && event.result.resumedFrom > 0) {
      output.info(`  resumed after ${megabytes(event.result.resumedFrom)} from an earlier attempt`);
    }
  };
}
