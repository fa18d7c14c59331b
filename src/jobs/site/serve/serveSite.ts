/**
 * `scrutiny site serve` below the CLI: build once, serve out/site/ on 127.0.0.1, and rebuild when
 * the workspace changes. Rebuilds never overlap: a change during a build schedules one more build
 * after it. What happens is reported through `events` (the CLI prints; this module does not).
 */
import type { Server } from 'node:http';
import type { WorkspacePaths } from '../../../workspace/paths.js';
import { type SiteBuild, SiteBuilder, type SiteBuildOptions, siteDir } from '../siteBuilder.js';
import { PREVIEW_HOST, serveStatic } from './staticServer.js';
import { watchWorkspace } from './watchWorkspace.js';

export interface ServeEvents {
  built(build: SiteBuild, changed: readonly string[]): void;
  failed(error: unknown): void;
}

export interface Serving {
  readonly url: string;
  readonly first: SiteBuild;
  /** Resolves after the rebuild in progress (if any) has finished: for tests. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function serveSite(
  paths: WorkspacePaths,
  options: SiteBuildOptions & { readonly port: number },
  events: ServeEvents,
): Promise<Serving> {
  const builder = new SiteBuilder(paths, options);
  const first = await builder.build();
  const server: Server = await serveStatic(siteDir(paths), options.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let running: Promise<void> = Promise.resolve();
  let queued: string[] | undefined;
  const rebuild = (changed: readonly string[]) => {
    if (queued) {
      queued.push(...changed);
      return;
    }
    queued = [...changed];
    running = running.then(async () => {
      const seen = queued ?? [];
      queued = undefined;
      try {
        events.built(await builder.build(), seen);
      } catch (error) {
        // A bad edit (a YAML typo) is reported and the last good site stays served.
        events.failed(error);
      }
    });
  };
  const watching = watchWorkspace(paths, rebuild);
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    first,
    idle: async () => {
      await running;
    },
    close: async () => {
      watching.close();
      await running;
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
