/**
 * The Database interface over PGlite: PostgreSQL in WebAssembly, in this process, its files in one
 * folder. One process owns the folder, so the app is the only writer, as one office server is.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './sql.js';

export async function openEmbedded(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const query: Sql['query'] = async (text, params) =>
    (await db.query(text, params ? [...params] : undefined)).rows as never[];
  return {
    kind: 'embedded',
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async (text, params) =>
            (await tx.query(text, params ? [...params] : undefined)).rows as never[],
        }),
      ),
    close: () => db.close(),
  };
}
