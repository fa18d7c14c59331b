/** What every request handler of the app reaches: the database, the workspace and the clock. */
import type { Context, Hono } from 'hono';
import type { WorkspaceConfig } from '../workspace/config.js';
import type { WorkspacePaths } from '../workspace/paths.js';
import type { LoginThrottle } from './auth/loginThrottle.js';
import type { Session } from './auth/sessions.js';
import type { FiguresCache } from './journeys/figuresCache.js';
import type { Database } from './storage/database.js';

export interface AppContext {
  readonly db: Database;
  readonly workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig };
  readonly clock: () => Date;
  readonly throttle: LoginThrottle;
  readonly figures: FiguresCache;
  /** The program version written into statements. */
  readonly version: string;
  /** Secure cookies (true behind the office's HTTPS proxy; false only for plain-HTTP tests). */
  readonly secureCookies: boolean;
  /** Told of an unexpected error behind a 500 page (the CLI prints it; the page shows no trace). */
  readonly reportError: (error: unknown) => void;
}

export type AppEnv = { Variables: { session: Session } };
export type AppRouter = Hono<AppEnv>;

/** The context a page handler receives, whatever its route. */
export type Ctx = Context<AppEnv>;
