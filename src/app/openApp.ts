/**
 * Everything `scrutiny app` does before it listens: open the database (PostgreSQL at DATABASE_URL,
 * or the embedded one in the workspace's app-data/ folder), bring its schema up to date, add the
 * demo's users on the demo workspace, and import the workspace files the first time.
 */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import type { WorkspacePaths } from '../workspace/paths.js';
import { LoginThrottle } from './auth/loginThrottle.js';
import type { AppContext } from './context.js';
import { createApp } from './createApp.js';
import { addDemoUsers } from './demoUsers.js';
import { FiguresCache } from './journeys/figuresCache.js';
import { importWorkspace } from './journeys/workspaceExchange.js';
import { openDatabase } from './storage/database.js';
import { migrate } from './storage/migrations.js';

export interface OpenOptions {
  readonly workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig };
  readonly databaseUrl?: string | undefined;
  /** The embedded database's folder (default: app-data/ in the workspace). */
  readonly dataDir?: string | undefined;
  readonly version: string;
  readonly clock?: () => Date;
  readonly secureCookies?: boolean;
  readonly reportError?: (error: unknown) => void;
}

export interface OpenedApp {
  readonly context: AppContext;
  readonly demoUsers: readonly string[];
  /** What the first-run import read, when it ran. */
  readonly imported?: { readonly sections: number; readonly records: number };
}

/** The embedded database's default folder: kept with the workspace, not derived (back it up). */
export function defaultDataDir(paths: WorkspacePaths): string {
  return join(paths.root, 'app-data');
}

export async function openApp(options: OpenOptions): Promise<OpenedApp> {
  const clock = options.clock ?? (() => new Date());
  const db = await openDatabase({
    url: options.databaseUrl,
    dir: options.dataDir ?? defaultDataDir(options.workspace.paths),
    onConnectionLost: (error) =>
      options.reportError?.(new ScrutinyError(messages.app.connectionLost(error.message))),
  });
  try {
    await migrate(db);
    const demoUsers = await addDemoUsers(db, options.workspace.config);
    const [empty] = await db.query<{ empty: boolean }>(
      'SELECT NOT EXISTS (SELECT 1 FROM commentary) AND NOT EXISTS (SELECT 1 FROM governance_record) AS empty',
    );
    const imported = empty?.empty ? await importWorkspace(db, options.workspace, 'scrutiny app') : undefined;
    const context: AppContext = {
      db,
      workspace: options.workspace,
      clock,
      throttle: new LoginThrottle(clock),
      figures: new FiguresCache(options.workspace, clock, options.version),
      version: options.version,
      secureCookies: options.secureCookies ?? true,
      reportError: options.reportError ?? (() => {}),
    };
    return { context, demoUsers, ...(imported ? { imported } : {}) };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export interface Listening {
  readonly port: number;
  close(): Promise<void>;
}

/** Serve the app on `host:port` (port 0: any free port); closing also closes the database. */
export function listen(opened: OpenedApp, host: string, port: number): Promise<Listening> {
  const web = createApp(opened.context);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: web.fetch, hostname: host, port }, (info) =>
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done) => server.close(() => done())).then(() => opened.context.db.close()),
      }),
    );
    server.once('error', reject);
  });
}
