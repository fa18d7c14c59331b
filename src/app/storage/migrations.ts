/**
 * The app's schema, as numbered migrations applied in order, each in its own transaction and
 * recorded in app_migration, so an office's database is brought up to date by starting the app.
 * A migration is a list of single statements (PGlite's bound queries take one statement each).
 * Never edit a migration that has shipped: add the next one.
 */
import type { Database } from './database.js';

interface Migration {
  readonly id: number;
  readonly name: string;
  readonly statements: readonly string[];
}

const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'users, sessions, commentary, governance records, statement versions, audit log',
    statements: [
      `CREATE TABLE app_user (
        id serial PRIMARY KEY,
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('analyst', 'author', 'approver', 'viewer')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE app_session (
        token_hash text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL)`,
      `CREATE TABLE commentary (
        period text NOT NULL,
        priority text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'ready')),
        revision integer NOT NULL DEFAULT 1,
        updated_by integer REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period, priority))`,
      `CREATE TABLE governance_record (
        kind text NOT NULL,
        id text NOT NULL,
        body jsonb NOT NULL,
        position integer NOT NULL,
        updated_by integer REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, id))`,
      `CREATE TABLE statement_version (
        id serial PRIMARY KEY,
        period text NOT NULL,
        version integer NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'returned', 'approved')),
        submitted_by integer NOT NULL REFERENCES app_user (id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decided_by integer REFERENCES app_user (id),
        decided_at timestamptz,
        comments text,
        figures_sha256 text,
        sources_sha256 text,
        published_dir text,
        UNIQUE (period, version))`,
      `CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        username text NOT NULL,
        action text NOT NULL,
        subject text NOT NULL,
        detail text NOT NULL DEFAULT '')`,
      // Append-only, enforced by the database itself rather than by the app's good manners.
      `CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`,
      `CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`,
      // A decided statement version is history: it is never changed afterwards.
      `CREATE FUNCTION statement_version_decided_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.status <> 'submitted' THEN RAISE EXCEPTION 'a decided statement version is final'; END IF;
          RETURN NEW;
        END $$`,
      `CREATE TRIGGER statement_version_final BEFORE UPDATE OR DELETE ON statement_version
        FOR EACH ROW EXECUTE FUNCTION statement_version_decided_is_final()`,
    ],
  },
];

/** Bring the database's schema up to date; returns the ids of the migrations applied now. */
export async function migrate(db: Database): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS app_migration (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      // Two app processes starting together on one server: the second waits, then finds it done.
      await tx.query('SELECT pg_advisory_xact_lock(7341)');
      const rows = await tx.query('SELECT 1 FROM app_migration WHERE id = $1', [migration.id]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO app_migration (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
