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

/** What the connections of one open store share. */
interface Shared {
  /** The `withThreads` limit in force: how many hold it, and the setting it replaced. */
  threadHolds: number;
  threadsBefore?: Promise<number | undefined> | undefined;
  /** The last change of the limit (set or given back); never rejects. */
  gate: Promise<unknown>;
}

export class Store {
  private inTransaction = false;
  /** Second connections whose transactions land with this one's (see `companion`). */
  private companions: Store[] = [];
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
    private readonly shared: Shared = { threadHolds: 0, gate: Promise.resolve() },
    /** False for a companion: closing it closes its connection, not the store. */
    private readonly ownsInstance = true,
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

  /** Run a statement; values are always bound, never pasted into the SQL text (arrays as lists). */
  async run(sql: string, params?: SqlParams): Promise<void> {
    await this.serialised(() => this.connection.run(sql, bindable(params)));
  }

  /** Run a query and return its rows as plain objects; BIGINT and HUGEINT become numbers. */
  async query<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]> {
    const reader = await this.serialised(() => this.connection.runAndReadAll(sql, bindable(params)));
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
      // The companions' rows land first (all at once: each writes its own rows), then this
      // transaction, the sources and coverage that make them count: see `companion` for the instant
      // between the two.
      await Promise.all(this.companions.map((side) => side.run('COMMIT')));
      await this.run('COMMIT');
      return result;
    } catch (error) {
      const first = this.firstFailure ?? error;
      // ROLLBACK cannot fail for want of space: it only drops what the transaction wrote.
      for (const side of this.companions) await side.rollBack();
      await this.rollBack();
      throw first instanceof ScrutinyError ? first : error;
    } finally {
      for (const side of this.companions) side.close();
      this.companions = [];
      this.inTransaction = false;
      this.firstFailure = undefined;
    }
  }

  /**
   * Inside `transaction`: a second connection to the same store, in a transaction of its own that
   * commits just before this one and rolls back with it, so that two statements can run at once
   * (DuckDB runs one statement at a time per connection). Its rows are invisible to this
   * connection until both commit. A process killed in the instant between the two COMMITs leaves
   * the companion's rows with no `sources` row naming them: no view counts them, and the next ingest
   * removes them before it loads (`removeUnsourcedRows`).
   */
  async companion(): Promise<Store> {
    if (!this.inTransaction) throw new Error('Store.companion() is for use inside transaction()');
    const side = new Store(this.instance, await this.instance.connect(), this.path, this.shared, false);
    side.opened = true;
    this.companions.push(side);
    await side.run('BEGIN TRANSACTION');
    side.inTransaction = true;
    return side;
  }

  private async rollBack(): Promise<void> {
    await this.run('ROLLBACK').catch(() => undefined);
    if (this.threadsAfterRollback !== undefined)
      await this.run(`SET threads = ${this.threadsAfterRollback}`).catch(() => undefined);
    this.threadsAfterRollback = undefined;
    this.inTransaction = false;
  }

  /**
   * Run `work` with DuckDB limited to `threads` worker threads, then give back the setting it had.
   * For statements whose plan runs in one ordered stream anyway (police.uk's numbered rows): a
   * second thread there only competes for the stream and doubles the CPU time (see
   * docs/performance.md).
   */
  async withThreads<T>(threads: number, work: () => Promise<T>): Promise<T> {
    // The setting is the store's, not the connection's: while a companion holds it too, the first
    // holder sets it and the last gives it back; each change waits for the one before it, so a
    // holder arriving while the last one is giving the setting back reads the setting given back.
    const shared = this.shared;
    if (shared.threadHolds++ === 0) {
      const before = shared.gate.then(() => this.limitThreads(threads));
      shared.threadsBefore = before;
      shared.gate = before.catch(() => undefined);
    }
    try {
      await shared.threadsBefore;
      return await work();
    } finally {
      if (--shared.threadHolds === 0) {
        const pending = shared.threadsBefore;
        shared.threadsBefore = undefined;
        shared.gate = this.giveThreadsBack(pending);
        await shared.gate;
      }
    }
  }

  private async giveThreadsBack(pending: Promise<number | undefined> | undefined): Promise<void> {
    const before = await pending?.catch(() => undefined);
    if (before === undefined) return;
    // After a failed statement the transaction refuses every statement until it is rolled back, and
    // the failure to report is the statement's own: the setting is then given back after the
    // ROLLBACK (see `transaction`).
    await this.run(`SET threads = ${before}`).catch(() => {
      this.threadsAfterRollback = before;
    });
  }

  /**
   * Run `work` with DuckDB's memory bounded (`'512MB'`), then give back the setting it had. Outside a
   * transaction only: a failed transaction refuses the SET that gives the setting back.
   */
  async withMemoryLimit<T>(limit: string, work: () => Promise<T>): Promise<T> {
    if (!/^\d+(\.\d+)?\s*[KMG]i?B$/.test(limit)) throw new Error(`not a memory limit: ${limit}`);
    const before = await this.queryOne<{ limit: string }>(
      `SELECT current_setting('memory_limit') AS "limit"`,
    );
    await this.run(`SET memory_limit = '${limit}'`);
    try {
      return await work();
    } finally {
      // Giving the setting back must not hide the work's own failure, if any.
      if (before)
        await this.run(`SET memory_limit = '${before.limit.replace(/'/g, '')}'`).catch(() => undefined);
    }
  }

  /** Set the thread limit; resolves to the setting it replaced. */
  private async limitThreads(threads: number): Promise<number | undefined> {
    const before = await this.queryOne<{ threads: number }>(
      `SELECT current_setting('threads')::INTEGER AS threads`,
    );
    await this.run(`SET threads = ${Math.max(1, Math.trunc(threads))}`);
    return before ? Math.trunc(Number(before.threads)) : undefined;
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
    if (this.ownsInstance) this.instance.closeSync();
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

/**
 * Parameters as the binding takes them: a JavaScript array value becomes a DuckDB list (cast it in
 * the SQL, `$ids::INTEGER[]`, as its item type is guessed from the values).
 */
function bindable(params: SqlParams | undefined): never {
  if (params === undefined) return undefined as never;
  const value = (v: unknown): unknown => (Array.isArray(v) ? duckdb.listValue(v.map(value) as never) : v);
  if (Array.isArray(params)) return params.map(value) as never;
  return Object.fromEntries(Object.entries(params).map(([key, v]) => [key, value(v)])) as never;
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
