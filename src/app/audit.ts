/** The audit log: who did what to which record and when. Append-only (the database refuses changes). */
import type { Sql } from './storage/database.js';

export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly username: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: string;
}

export async function audit(
  sql: Sql,
  username: string,
  action: string,
  subject: string,
  detail = '',
): Promise<void> {
  await sql.query('INSERT INTO audit_log (username, action, subject, detail) VALUES ($1, $2, $3, $4)', [
    username,
    action,
    subject,
    detail,
  ]);
}

/** Newest first. */
export async function auditEntries(sql: Sql, limit?: number): Promise<AuditEntry[]> {
  const rows = await sql.query<AuditEntry & { id: string | number }>(
    `SELECT id, at, username, action, subject, detail FROM audit_log ORDER BY id DESC${limit ? ' LIMIT $1' : ''}`,
    limit ? [limit] : [],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at) }));
}
