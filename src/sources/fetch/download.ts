/**
 * A resumable download: bytes go to `<target>.part`, and a later attempt asks the server only for
 * the rest (HTTP Range). The file gets its real name only when it is complete, so a half-downloaded
 * archive is never mistaken for a whole one (the ingest skips `.part` files and hidden folders).
 */
import { existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { messages } from '../../errors/messages.js';
import { ScrutinyError } from '../../errors/problem.js';

export interface DownloadProgress {
  /** Bytes on disk so far, including any resumed from an earlier attempt. */
  readonly bytes: number;
  /** The whole file's size when the server says it. */
  readonly total?: number;
  readonly resumedFrom: number;
}

export interface DownloadResult {
  readonly path: string;
  readonly bytes: number;
  /** Bytes that were already on disk from an interrupted attempt. */
  readonly resumedFrom: number;
}

export type DownloadOutcome = DownloadResult | { readonly notFound: true };

/**
 * Download `url` to `target`. A 404 is returned (the caller may try another archive); an unreachable
 * server is a ScrutinyError saying what to do offline (`offlineFolder` is where to put the file).
 */
export async function download(
  url: string,
  target: string,
  offlineFolder: string,
  onProgress: (progress: DownloadProgress) => void = () => {},
): Promise<DownloadOutcome> {
  const part = `${target}.part`;
  let resumedFrom = existsSync(part) ? statSync(part).size : 0;
  let response: Response;
  try {
    response = await fetch(url, { headers: resumedFrom > 0 ? { Range: `bytes=${resumedFrom}-` } : {} });
  } catch (error) {
    throw new ScrutinyError(messages.ingest.fetchOffline(url, networkDetail(error), offlineFolder));
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return { notFound: true };
  }
  if (response.status === 416 && resumedFrom > 0) {
    // The part already holds every byte the server has: the last attempt stopped before renaming.
    await response.body?.cancel();
    const total = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
    if (total !== undefined && Number(total) === resumedFrom) return finish(part, target, resumedFrom);
    unlinkSync(part);
    return download(url, target, offlineFolder, onProgress);
  }
  if (response.status !== 200 && response.status !== 206)
    throw new ScrutinyError(messages.ingest.fetchHttpStatus(url, response.status, response.statusText));
  // 200 to a Range request: the server sends the whole file again, so start the part afresh.
  if (response.status === 200) resumedFrom = 0;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const total = Number.isFinite(length) ? resumedFrom + length : undefined;
  let bytes = resumedFrom;
  // Each chunk is written before the next is read, so whatever arrived is on disk if the link drops.
  const out = await open(part, resumedFrom > 0 ? 'a' : 'w');
  try {
    if (response.body)
      for await (const chunk of Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)) {
        await out.write(chunk as Buffer);
        bytes += (chunk as Buffer).length;
        onProgress({ bytes, resumedFrom, ...(total === undefined ? {} : { total }) });
      }
  } catch (error) {
    // What arrived stays in the part file: the next attempt asks for the rest.
    throw new ScrutinyError(
      messages.ingest.fetchOffline(url, `the transfer broke off: ${networkDetail(error)}`, offlineFolder),
    );
  } finally {
    await out.close();
  }
  if (total !== undefined && bytes !== total)
    throw new ScrutinyError(
      messages.ingest.fetchOffline(
        url,
        `the transfer broke off after ${bytes} of ${total} bytes`,
        offlineFolder,
      ),
    );
  return finish(part, target, resumedFrom);
}

function finish(part: string, target: string, resumedFrom: number): DownloadResult {
  renameSync(part, target);
  return { path: target, bytes: statSync(target).size, resumedFrom };
}

/** 'ECONNREFUSED', 'ENOTFOUND' ...: undici hides the reason in `cause`. */
function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.code ?? cause?.message ?? message;
}
