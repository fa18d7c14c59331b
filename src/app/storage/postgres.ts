/** The Database interface over a PostgreSQL server, through a small pool of node-postgres clients. */
import pg from 'pg';
import type { Database, Sql } from './sql.js';

/**
 * `onConnectionLost`: an idle connection the server closed (a restart, an administrator ending
 * sessions). The pool has already dropped it and the next query opens a fresh one, so the app
 * carries on; without a listener node-postgres would throw the error and end the process.
 */
export async function openPostgres(
  url: string,
  onConnectionLost: (error: Error) => void = () => {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  pool.on('error', onConnectionLost);
  // Fail now, with the server's own words, rather than at the first page.
  const client = await pool.connect();
  client.release();
  const query: Sql['query'] = async (text, params) =>
    (await pool.query(text, params ? [...params] : undefined)).rows;
  return {
    kind: 'postgresql',
    query,
    async transaction(work) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        const result = await work({
          query: async (text, params) => (await tx.query(text, params ? [...params] : undefined)).rows,
        });
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await tx.query('ROLLBACK');
        throw error;
      } finally {
        tx.release();
      }
    },
    close: () => closePool(pool),
  };
}

/**
 * pool.end() resolves once the pool has let go of its clients, before their connections have
 * closed; wait for each to close too, so that whoever closes the app next (a test dropping its
 * database, an operator stopping the server) finds no session of ours still open.
 */
async function closePool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((done) => {
    if (open === 0) done();
    pool.on('remove', () => {
      if (--open === 0) done();
    });
  });
  await pool.end();
  await closed;
}
