/** Statement versions: submitted by an author, then approved (and published) or returned, once. */
import type { Sql } from '../storage/database.js';

export interface StatementVersion {
  readonly id: number;
  readonly period: string;
  readonly version: number;
  readonly status: 'submitted' | 'returned' | 'approved';
  readonly submittedBy: string;
  readonly submittedAt: Date;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly comments: string | null;
  readonly figuresSha256: string | null;
  readonly sourcesSha256: string | null;
  readonly publishedDir: string | null;
}

const SELECT = `SELECT v.id, v.period, v.version, v.status, s.username AS submitted_by, v.submitted_at,
    d.username AS decided_by, v.decided_at, v.comments, v.figures_sha256, v.sources_sha256, v.published_dir
  FROM statement_version v JOIN app_user s ON s.id = v.submitted_by LEFT JOIN app_user d ON d.id = v.decided_by`;

interface Row {
  id: number;
  period: string;
  version: number;
  status: StatementVersion['status'];
  submitted_by: string;
  submitted_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  comments: string | null;
  figures_sha256: string | null;
  sources_sha256: string | null;
  published_dir: string | null;
}

const version = (r: Row): StatementVersion => ({
  id: r.id,
  period: r.period,
  version: r.version,
  status: r.status,
  submittedBy: r.submitted_by,
  submittedAt: new Date(r.submitted_at),
  decidedBy: r.decided_by,
  decidedAt: r.decided_at ? new Date(r.decided_at) : null,
  comments: r.comments,
  figuresSha256: r.figures_sha256,
  sourcesSha256: r.sources_sha256,
  publishedDir: r.published_dir,
});

export async function statementVersions(sql: Sql): Promise<StatementVersion[]> {
  return (await sql.query<Row>(`${SELECT} ORDER BY v.id DESC`)).map(version);
}

export async function statementVersion(sql: Sql, id: number): Promise<StatementVersion | undefined> {
  const [row] = await sql.query<Row>(`${SELECT} WHERE v.id = $1`, [id]);
  return row ? version(row) : undefined;
}

export async function submitVersion(sql: Sql, period: string, userId: number): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO statement_version (period, version, status, submitted_by)
     VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM statement_version WHERE period = $1), 'submitted', $2)
     RETURNING id`,
    [period, userId],
  );
  return row!.id;
}

export async function decideVersion(
  sql: Sql,
  id: number,
  decision: {
    status: 'approved' | 'returned';
    userId: number;
    comments?: string;
    figuresSha256?: string;
    sourcesSha256?: string;
    publishedDir?: string;
  },
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE statement_version SET status = $2, decided_by = $3, decided_at = now(), comments = $4,
       figures_sha256 = $5, sources_sha256 = $6, published_dir = $7
     WHERE id = $1 AND status = 'submitted' RETURNING id`,
    [
      id,
      decision.status,
      decision.userId,
      decision.comments ?? null,
      decision.figuresSha256 ?? null,
      decision.sourcesSha256 ?? null,
      decision.publishedDir ?? null,
    ],
  );
  return rows.length > 0;
}
