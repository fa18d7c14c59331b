/**
 * The only module that opens DuckDB. Everything else asks the Store to run SQL with bound parameters.
 * A store file is `.scrutiny/store.duckdb` inside a workspace; it is derived data, safe to delete.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as DuckDB from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
import { latestSchemaVersion, migrations } from './schema.js';

/**
 * DuckDB's Node package is CommonJS. Imported from ESM, Node first scans every one of its files for
 * the names it exports (0.2 s of CPU at each start); required, it is simply loaded.
 */
const duckdb = createRequire(import.meta.url)('@duckdb/node-api') as typeof DuckDB;

export type SqlParams = readonly unknown[] | Readonly<Record<string, unknown>>;
export type Row = Record<string, unknown>;

export interface OpenOptions {
  /** Create the file if it does not exist (default true). */
  readonly create?: boolean;
  /** Open read-only: no migration is applied, and a store older than this version is refused. */
  readonly readOnly?: boolean;
}

export class Store {
  private inTransaction = false;
  /** The first statement failure in the current transaction. */
  private firstFailure: unknown;
  /** The thread setting `withThreads` could not give back inside a failed transaction. */
  private threadsAfterRollback: number | undefined;
  /** Set once the store is open and migrated. */
  private opened = false;
  /**
   * One statement at a time: DuckDB's node binding crashes the process when two statements run on
   * one connection at once (seen with Promise.all over queries), so every statement waits its turn.
   */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** The file path, or ':memory:'. */
    readonly path: string,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<Store> {
    const { create = true, readOnly = false } = options;
    if (path !== ':memory:') {
      if (!existsSync(path)) {
        if (!create || readOnly) throw new ScrutinyError(messages.store.notFound(path));
        try {
          mkdirSync(dirname(path), { recursive: true });
        } catch (error) {
          throw storeFault(path, whyNotWritable(dirname(path)) ?? error) ?? error;
        }
      }
    }
    let instance: DuckDBInstance;
    try {
      instance = await duckdb.DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(text))
        throw new ScrutinyError(messages.store.locked(path, text.split('\n')[0] ?? text));
      throw storeFault(path, error) ?? error;
    }
    const store = new Store(instance, await instance.connect(), path);
    await store.migrate(readOnly);
    store.opened = true;
    return store;
  }

  /** Run a statement; values are always bound, never pasted into the SQL text. */
  async run(sql: string, params?: SqlParams): Promise<void> {
    await this.serialised(() => this.connection.run(sql, params as never));
  }

  /** Run a query and return its rows as plain objects; BIGINT and HUGEINT become numbers. */
  async query<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]> {
    const reader = await this.serialised(() => this.connection.runAndReadAll(sql, params as never));
    return reader.getRowObjectsJS().map((row) => normaliseRow(row) as T);
  }

  /** The first row of a query, or undefined. */
  async queryOne<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return (await this.query<T>(sql, params))[0];
  }

  /**
   * Run `work` in one transaction: all of it lands, or none of it does (DuckDB's write-ahead log
   * means a process killed mid-way leaves the store as it was before BEGIN).
   */
  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    await this.run('BEGIN TRANSACTION');
    this.inTransaction = true;
    this.firstFailure = undefined;
    try {
      const result = await work(this);
      await this.run('COMMIT');
      return result;
    } catch (error) {
      const first = this.firstFailure ?? error;
      // ROLLBACK cannot fail for want of space: it only drops what the transaction wrote.
      await this.run('ROLLBACK').catch(() => undefined);
      if (this.threadsAfterRollback !== undefined)
        await this.run(`SET threads = ${this.threadsAfterRollback}`).catch(() => undefined);
      this.threadsAfterRollback = undefined;
      throw first instanceof ScrutinyError ? first : error;
    } finally {
      this.inTransaction = false;
      this.firstFailure = undefined;
    }
  }

  /**
   * Run `work` with DuckDB limited to `threads` worker threads, then give back the setting it had.
   * For statements whose plan runs in one ordered stream anyway (police.uk's numbered rows): a
   * second thread there only competes for the stream and doubles the CPU time (see
   * docs/performance.md).
   */
  async withThreads<T>(threads: number, work: () => Promise<T>): Promise<T> {
    const before = await this.queryOne<{ threads: number }>(
      `SELECT current_setting('threads')::INTEGER AS threads`,
    );
    await this.run(`SET threads = ${Math.max(1, Math.trunc(threads))}`);
    try {
      return await work();
    } finally {
      // After a failed statement the transaction refuses every statement until it is rolled back,
      // and the failure to report is the statement's own: the setting is then given back after
      // the ROLLBACK (see `transaction`).
      if (before)
        await this.run(`SET threads = ${Math.trunc(Number(before.threads))}`).catch(() => {
          this.threadsAfterRollback = Math.trunc(Number(before.threads));
        });
    }
  }

  async schemaVersion(): Promise<number> {
    const exists = await this.queryOne<{ n: number }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'scrutiny_meta'`,
    );
    if (!exists || exists.n === 0) return 0;
    const row = await this.queryOne<{ value: string }>(
      `SELECT value FROM scrutiny_meta WHERE key = 'schema_version'`,
    );
    return row ? Number(row.value) : 0;
  }

  private serialised<T>(statement: () => Promise<T>): Promise<T> {
    // A full disk or a read-only folder is the machine's state, not a bug: say so, naming the store.
    // Once a statement fails inside a transaction DuckDB answers every later one with "transaction
    // is aborted": the first failure is the one that says what went wrong, so it is the one thrown.
    const said = () =>
      statement().catch((error: unknown) => {
        const fault = storeFault(this.path, error, !this.opened) ?? error;
        if (!this.inTransaction) throw fault;
        if (this.firstFailure !== undefined && /transaction is aborted/i.test(String(error)))
          throw this.firstFailure;
        this.firstFailure ??= fault;
        throw fault;
      });
    const next = this.queue.then(said, said);
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private async migrate(readOnly: boolean): Promise<void> {
    const current = await this.schemaVersion();
    if (current > latestSchemaVersion) {
      this.close();
      throw new ScrutinyError(messages.store.newerSchema(this.path, current, latestSchemaVersion));
    }
    if (current === latestSchemaVersion) return;
    if (readOnly) {
      this.close();
      // Version 0 means no Scrutiny tables at all; any other older version is a store to migrate.
      throw new ScrutinyError(
        current === 0
          ? messages.store.notFound(this.path)
          : messages.store.olderSchema(this.path, current, latestSchemaVersion),
      );
    }
    await this.transaction(async () => {
      for (const migration of migrations.filter((m) => m.version > current)) {
        for (const statement of migration.statements) await this.run(statement);
      }
      await this.run(
        `INSERT INTO scrutiny_meta VALUES ('schema_version', $version)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        { version: String(latestSchemaVersion) },
      );
    });
  }
}

/**
 * The answer for a store DuckDB cannot open or write: a damaged file (cut short, not a DuckDB file,
 * empty), a full disk, a folder Scrutiny may not write. Undefined for anything else.
 */
export function storeFault(path: string, error: unknown, opening = true): ScrutinyError | undefined {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const first = text.split('\n')[0] ?? text;
  if (code === 'ENOSPC' || code === 'EDQUOT' || /no space left on device|disk quota exceeded/i.test(text))
    return new ScrutinyError(messages.store.diskFull(path, first));
  if (
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS' ||
    code === 'ENOTDIR' ||
    code === 'EEXIST' ||
    /read-only file system|permission denied|not a directory/i.test(text)
  )
    return new ScrutinyError(messages.store.notWritable(path, first));
  // While opening, DuckDB reads only the store: a read failure then is the store's.
  if (
    opening &&
    /not a valid DuckDB database|could not read enough bytes|corrupt|checksum|serializ/i.test(text)
  )
    return new ScrutinyError(messages.store.damaged(path, first));
  return undefined;
}

/**
 * A recursive mkdir on a read-only file system fails with ENOENT; asking the nearest folder that
 * exists whether it may be written gives the true cause (EROFS, EACCES).
 */
function whyNotWritable(folder: string): unknown {
  let at = folder;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    accessSync(at, constants.W_OK);
    return undefined;
  } catch (error) {
    return error;
  }
}

function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = normaliseValue(value);
  return out;
}

function normaliseValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(normaliseValue);
  return value;
}

export type { DuckDBValue };
