/** The Database interface over a PostgreSQL server, through a small pool of node-postgres clients. */
import pg from 'pg';
import type { Database, Sql } from './sql.js';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
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
    close: () => pool.end(),
  };
}
