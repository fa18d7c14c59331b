/**
 * The app's storage behind one small interface: PostgreSQL (node-postgres) when DATABASE_URL is set,
 * otherwise PGlite, the same PostgreSQL compiled to WebAssembly and kept in a folder of the
 * workspace. Both speak the same SQL, so the migrations and every query are written once.
 */

export type { Database, Sql } from './sql.js';

import type { Database } from './sql.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string (postgresql://user:password@host:port/database). */
  readonly url?: string | undefined;
  /** The embedded database's folder, used when there is no url; 'memory://' keeps it in memory. */
  readonly dir: string;
  /** Told when the server closes one of our idle connections (PostgreSQL only; the app carries on). */
  readonly onConnectionLost?: (error: Error) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.url, options.onConnectionLost);
  }
  const { openEmbedded } = await import('./embedded.js');
  return openEmbedded(options.dir);
}
