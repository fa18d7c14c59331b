/**
 * `scrutiny fetch police-uk`: download data.police.uk archives and keep the chosen forces' files.
 *
 * What is kept (decided, docs/formats.md): a published archive holds every force's files for 36
 * months, about 1.5 GB. The download goes to `data/.downloads/YYYY-MM.zip` (hidden: the ingest never
 * reads it); each requested force's entries within the requested months are then copied, compressed
 * bytes as they are, into `data/police-uk/<force>/YYYY-MM.zip` (the archive's own name, so the ingest
 * reads the archive month from it as from the original), and the full archive is deleted unless
 * `keepArchive` is set. A broken download stays as `.part` and resumes on the next run.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import { addMonths, type Month } from '../../stats/calendar.js';
import { readZipDirectory } from '../discoverZip.js';
import { ARCHIVE_MONTHS, archivesFor, archiveUrl, type MonthRange } from './archiveMonths.js';
import { type DownloadProgress, type DownloadResult, download } from './download.js';
import { copyEntries, entriesFor, slugsIn } from './forceArchive.js';

/** Without --months: the newest archive, tried from last month back this many months. */
const MONTHS_TO_TRY = 3;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface FetchOptions {
  readonly forces: readonly string[];
  /** Undefined: the newest published archive, whole. */
  readonly months?: MonthRange;
  readonly baseUrl: string;
  /** The workspace's data folder. */
  readonly dataDir: string;
  readonly keepArchive: boolean;
  /** The current month (London), for the default archive; passed in so tests need no clock. */
  readonly thisMonth: Month;
}

export type FetchEvent =
  | { readonly type: 'download'; readonly url: string }
  | { readonly type: 'progress'; readonly url: string; readonly progress: DownloadProgress }
  | { readonly type: 'downloaded'; readonly url: string; readonly result: DownloadResult }
  | { readonly type: 'written'; readonly path: string; readonly files: number };

export interface FetchSummary {
  readonly archives: readonly {
    readonly url: string;
    readonly bytes: number;
    readonly resumedFrom: number;
  }[];
  readonly written: readonly { readonly path: string; readonly forceSlug: string; readonly files: number }[];
}

export async function fetchPoliceUk(
  options: FetchOptions,
  onEvent: (event: FetchEvent) => void = () => {},
): Promise<FetchSummary> {
  for (const slug of options.forces)
    if (!SLUG.test(slug)) throw new ScrutinyError(messages.ingest.fetchBadSlug(slug), ExitCode.usageError);
  const downloads = join(options.dataDir, '.downloads');
  const targetDir = join(options.dataDir, 'police-uk');
  mkdirSync(downloads, { recursive: true });
  mkdirSync(targetDir, { recursive: true });

  const candidates = options.months
    ? archivesFor(options.months).map((a) => [a])
    : [Array.from({ length: MONTHS_TO_TRY }, (_, i) => addMonths(options.thisMonth, -1 - i))];
  const summary: FetchSummary = { archives: [], written: [] };
  for (const tries of candidates) {
    const { archive, result } = await firstPublished(tries, options, downloads, onEvent);
    (summary.archives as FetchSummary['archives'][number][]).push({
      url: archiveUrl(options.baseUrl, archive),
      bytes: result.bytes,
      resumedFrom: result.resumedFrom,
    });
    const months = options.months ?? { first: addMonths(archive, 1 - ARCHIVE_MONTHS), last: archive };
    const entries = await readZipDirectory(result.path, result.path);
    for (const forceSlug of options.forces) {
      const kept = entriesFor(entries, { forceSlug, ...months });
      if (kept.length === 0)
        throw new ScrutinyError(
          messages.ingest.fetchForceNotInArchive(result.path, forceSlug, slugsIn(entries)),
        );
      mkdirSync(join(targetDir, forceSlug), { recursive: true });
      const path = join(targetDir, forceSlug, `${archive}.zip`);
      await copyEntries(result.path, result.path, kept, path);
      (summary.written as FetchSummary['written'][number][]).push({ path, forceSlug, files: kept.length });
      onEvent({ type: 'written', path, files: kept.length });
    }
    if (!options.keepArchive) rmSync(result.path, { force: true });
  }
  return summary;
}

/** Download the first of `tries` that the server has; 404 for all of them is an error. */
async function firstPublished(
  tries: readonly Month[],
  options: FetchOptions,
  downloads: string,
  onEvent: (event: FetchEvent) => void,
): Promise<{ archive: Month; result: DownloadResult }> {
  const urls: string[] = [];
  for (const archive of tries) {
    const url = archiveUrl(options.baseUrl, archive);
    urls.push(url);
    const target = join(downloads, `${archive}.zip`);
    if (existsSync(target)) {
      // Downloaded whole before (kept with keepArchive, or a run that failed after the download).
      const result = { path: target, bytes: 0, resumedFrom: 0 };
      onEvent({ type: 'downloaded', url, result });
      return { archive, result };
    }
    onEvent({ type: 'download', url });
    const outcome = await download(url, target, join(options.dataDir, 'police-uk'), (progress) =>
      onEvent({ type: 'progress', url, progress }),
    );
    if ('notFound' in outcome) continue;
    onEvent({ type: 'downloaded', url, result: outcome });
    return { archive, result: outcome };
  }
  throw new ScrutinyError(
    urls.length === 1
      ? messages.ingest.fetchHttpStatus(urls[0]!, 404, 'Not Found')
      : messages.ingest.fetchNoArchive(urls),
  );
}
