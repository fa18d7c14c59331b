import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Store } from '../../src/store/store.js';

async function threads(store: Store): Promise<number> {
  const row = await store.queryOne<{ n: number }>(`SELECT current_setting('threads')::INTEGER AS n`);
  return Number(row?.n);
}

test('withThreads runs the work on the threads asked for and gives the setting back', async () => {
  const store = await Store.open(':memory:');
  await store.run('SET threads = 3');
  const inside = await store.withThreads(1, () => threads(store));
  assert.equal(inside, 1);
  assert.equal(await threads(store), 3);
  store.close();
});

test('withThreads inside a failed transaction reports the statement that failed, not the restore', async () => {
  const store = await Store.open(':memory:');
  await store.run('SET threads = 2');
  await assert.rejects(
    store.transaction(async (tx) => {
      await tx.run('CREATE TABLE t (i INTEGER NOT NULL)');
      await tx.withThreads(1, () => tx.run('INSERT INTO t VALUES (NULL)'));
    }),
    /NOT NULL/i,
  );
  // The transaction is rolled back: the table it created is gone.
  const rows = await store.query(`SELECT table_name FROM information_schema.tables WHERE table_name = 't'`);
  assert.equal(rows.length, 0);
  // The SET could not run in the aborted transaction: the setting is given back after the ROLLBACK.
  assert.equal(await threads(store), 2);
  store.close();
});
