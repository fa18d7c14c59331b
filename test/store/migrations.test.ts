import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ScrutinyError } from '../../src/errors/problem.js';
import { latestSchemaVersion } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { scratchDir } from '../helpers/scratch.js';

test('a new store is created at the latest schema version with its tables', async () => {
  const file = join(scratchDir('scrutiny-store-'), '.scrutiny', 'store.duckdb');
  const store = await Store.open(file);
  assert.equal(await store.schemaVersion(), latestSchemaVersion);
  const tables = await store.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables ORDER BY table_name`,
  );
  const names = tables.map((t) => t.table_name);
  for (const expected of [
    'sources',
    'coverage',
    'police_uk_street',
    'force_crimes',
    'current_police_uk_street',
  ]) {
    assert.ok(names.includes(expected), `missing ${expected} in ${names.join(', ')}`);
  }
  store.close();
});

test('a store written by a newer Scrutiny is refused with the versions named', async () => {
  const file = join(scratchDir('scrutiny-store-'), 'store.duckdb');
  const store = await Store.open(file);
  await store.run(`UPDATE scrutiny_meta SET value = $v WHERE key = 'schema_version'`, {
    v: String(latestSchemaVersion + 5),
  });
  store.close();
  await assert.rejects(Store.open(file), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    const [problem] = error.problems;
    assert.equal(problem?.code, 'store.newer-schema');
    assert.equal(problem?.found, String(latestSchemaVersion + 5));
    return true;
  });
});

test('a store from an earlier Scrutiny, opened read-only, asks for an ingest instead of saying there is no store', async () => {
  const file = join(scratchDir('scrutiny-store-'), 'store.duckdb');
  const store = await Store.open(file);
  await store.run(`UPDATE scrutiny_meta SET value = '1' WHERE key = 'schema_version'`);
  store.close();
  await assert.rejects(Store.open(file, { readOnly: true }), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    const [problem] = error.problems;
    assert.equal(problem?.code, 'store.older-schema');
    assert.equal(problem?.found, '1');
    assert.equal(problem?.expected, String(latestSchemaVersion));
    assert.match(problem?.message ?? '', /scrutiny ingest/);
    return true;
  });
});

test('a failed transaction leaves the store exactly as it was', async () => {
  const store = await Store.open(':memory:');
  await assert.rejects(
    store.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO sources (path, file_name, size_bytes, sha256, format, version_key, rows_accepted, rows_rejected)
         VALUES ('a.csv', 'a.csv', 1, 'x', 'force_crimes', '1', 1, 0)`,
      );
      throw new Error('boom');
    }),
    /boom/,
  );
  const row = await store.queryOne<{ n: number }>('SELECT count(*) AS n FROM sources');
  assert.equal(row?.n, 0);
  store.close();
});

test('statements started together run one at a time and all complete', async () => {
  const store = await Store.open(':memory:');
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) => store.queryOne<{ n: number }>('SELECT $i::INTEGER * 2 AS n', { i })),
  );
  assert.deepEqual(
    results.map((r) => r?.n),
    Array.from({ length: 20 }, (_, i) => i * 2),
  );
  store.close();
});
