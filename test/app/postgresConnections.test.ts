/**
 * The app's connections to a real PostgreSQL server: the server ending them (a restart, an
 * administrator) is a warning and the app carries on, and closing the app leaves none of its
 * sessions open, so whoever drops the database or stops the server next finds nothing of ours.
 * Either used to end the process: node-postgres throws a connection's error when nothing listens.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openDatabase } from '../../src/app/storage/database.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { Client, startTestApp } from './harness.js';
import { skipWithoutPostgres, type TestPostgres, testPostgres } from './postgres.js';

// Client backends only: an autovacuum worker may visit the database at any moment.
/** A connection of the test's own to the database of `url`, counting the sessions open on it. */
async function sessionCounter(url: string): Promise<{ count(): Promise<number>; end(): Promise<void> }> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  return {
    count: async () => {
      const { rows } = await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        [name],
      );
      return rows[0]?.n ?? -1;
    },
    end: () => admin.end(),
  };
}

/** End every session on the database of `url` but the caller's, as an administrator would. */
async function endSessionsOn(url: string): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return (
      (
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
          [name],
        )
      ).rowCount ?? 0
    );
  } finally {
    await admin.end();
  }
}

/** Several statements at once, so that the pool opens more than one connection. */
const busy = (db: { query(text: string): Promise<unknown> }) =>
  Promise.all([1, 2, 3].map(() => db.query('SELECT pg_sleep(0.05)')));

describe('the app on PostgreSQL when connections end', { skip: skipWithoutPostgres }, () => {
  let database: TestPostgres;
  before(async () => {
    database = await testPostgres();
  });
  after(async () => {
    await database?.stop();
  });

  test('closing the database leaves no session of ours open on the server', async () => {
    // Connected beforehand, so that it counts at once when close() resolves.
    const sessions = await sessionCounter(database.url);
    try {
      const db = await openDatabase({ url: database.url, dir: 'memory://' });
      await busy(db);
      assert.equal(await sessions.count(), 3, 'three connections open while the app runs');
      await db.close();
      assert.equal(await sessions.count(), 0);
    } finally {
      await sessions.end();
    }
  });

  test('the server ending idle sessions is one warning each, and the next query opens a new one', async () => {
    const lost: Error[] = [];
    const db = await openDatabase({
      url: database.url,
      dir: 'memory://',
      onConnectionLost: (error) => lost.push(error),
    });
    try {
      await busy(db);
      assert.equal(await endSessionsOn(database.url), 3);
      for (let wait = 0; lost.length < 3 && wait < 100; wait++)
        await new Promise((done) => setTimeout(done, 50));
      assert.equal(lost.length, 3);
      assert.match(lost[0]?.message ?? '', /terminating connection due to administrator command/);
      const [row] = await db.query<{ one: number }>('SELECT 1 AS one');
      assert.equal(row?.one, 1);
    } finally {
      await db.close();
    }
  });
});

test("the app reports a lost connection as a warning in the catalogue's words, and carries on", {
  skip: skipWithoutPostgres,
}, async () => {
  const app = await startTestApp('postgresql');
  try {
    await Client.login(app.base, 'author');
    assert.ok((await endSessionsOn(app.databaseUrl ?? '')) >= 1);
    for (let wait = 0; app.errors.length === 0 && wait < 100; wait++)
      await new Promise((done) => setTimeout(done, 50));
    const [error] = app.errors;
    assert.ok(error instanceof ScrutinyError, String(error));
    assert.equal(error.problems[0]?.code, 'app.connection-lost');
    assert.equal(error.problems[0]?.severity, 'warning');
    // Logging in reads the users table and writes a session: the database is there again.
    const client = await Client.login(app.base, 'approver');
    assert.equal((await client.get('/')).status, 200);
  } finally {
    await app.stop();
  }
});
