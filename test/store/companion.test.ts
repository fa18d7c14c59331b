/**
 * A companion connection (`Store.companion`) lets the ingest run two statements at once: its rows
 * land with the transaction it belongs to, or not at all, and the thread limit both hold is given
 * back only when neither holds it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Store } from '../../src/store/store.js';

async function count(store: Store): Promise<number> {
  return Number((await store.queryOne<{ n: number }>('SELECT count(*) AS n FROM t'))?.n);
}

async function threads(store: Store): Promise<number> {
  const row = await store.queryOne<{ n: number }>(`SELECT current_setting('threads')::INTEGER AS n`);
  return Number(row?.n);
}

async function storeWithTable(): Promise<Store> {
  const store = await Store.open(':memory:');
  await store.run('CREATE TABLE t (i INTEGER NOT NULL)');
  return store;
}

test("a companion's rows land with its transaction, and neither sees the other's before", async () => {
  const store = await storeWithTable();
  await store.transaction(async (tx) => {
    const side = await tx.companion();
    await side.run('INSERT INTO t VALUES (1), (2)');
    await tx.run('INSERT INTO t VALUES (3)');
    assert.equal(await count(tx), 1, 'the companion is a transaction of its own');
    assert.equal(await count(side), 2);
  });
  assert.equal(await count(store), 3);
  store.close();
});

test("a failure after the companion wrote rolls back the companion's rows too", async () => {
  const store = await storeWithTable();
  await assert.rejects(
    store.transaction(async (tx) => {
      const side = await tx.companion();
      await side.run('INSERT INTO t VALUES (1)');
      await tx.run('INSERT INTO t VALUES (2)');
      throw new Error('bad input found');
    }),
    /bad input found/,
  );
  assert.equal(await count(store), 0);
  store.close();
});

test("a companion's failed statement is the error reported, and nothing lands", async () => {
  const store = await storeWithTable();
  await assert.rejects(
    store.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (1)');
      const side = await tx.companion();
      await side.run('INSERT INTO t VALUES (NULL)');
    }),
    /NOT NULL/i,
  );
  assert.equal(await count(store), 0);
  store.close();
});

test('a companion is refused outside a transaction', async () => {
  const store = await storeWithTable();
  await assert.rejects(store.companion(), /inside transaction/);
  store.close();
});

test('the thread limit held by two connections is given back when the last lets go', async () => {
  const store = await storeWithTable();
  await store.run('SET threads = 3');
  await store.transaction(async (tx) => {
    const side = await tx.companion();
    let releaseMain!: () => void;
    const mainHolds = tx.withThreads(1, () => new Promise<void>((done) => (releaseMain = done)));
    await side.withThreads(1, async () => {
      assert.equal(await threads(side), 1);
      releaseMain();
      await mainHolds;
      // The main connection let go first: the side still holds the limit.
      assert.equal(await threads(side), 1);
    });
    assert.equal(await threads(tx), 3);
  });
  assert.equal(await threads(store), 3);
  store.close();
});
