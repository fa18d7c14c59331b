/**
 * The commentary of each quarter and priority in the database: the text, whether its author marked
 * it ready, and a revision number so two colleagues saving the same section cannot overwrite each
 * other unseen. The file names and paths are those of the workspace (commentary/2023-24-Q4/x.md).
 */
import { join } from 'node:path';
import { commentaryFolderCandidates } from '../../narrative/commentaryFiles.js';
import type { CommentaryFile } from '../../narrative/statement/types.js';
import { parsePeriod } from '../../stats/calendar.js';
import type { Sql } from '../storage/database.js';

export interface CommentarySection {
  readonly period: string;
  readonly priority: string;
  readonly body: string;
  readonly status: 'draft' | 'ready';
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: Date;
}

/** 'commentary/2023-24-Q4' for 'Q4 2023/24': the folder the workspace keeps the files in. */
export function commentaryFolder(period: string): string {
  return commentaryFolderCandidates('commentary', parsePeriod(period, 'period'))[0]!;
}

export function commentaryFile(
  section: Pick<CommentarySection, 'period' | 'priority' | 'body'>,
): CommentaryFile {
  return {
    name: section.priority,
    path: join(commentaryFolder(section.period), `${section.priority}.md`),
    text: section.body,
  };
}

const SELECT = `SELECT c.period, c.priority, c.body, c.status, c.revision, u.username AS updated_by, c.updated_at
  FROM commentary c LEFT JOIN app_user u ON u.id = c.updated_by`;

type Row = Omit<CommentarySection, 'updatedBy' | 'updatedAt'> & {
  updated_by: string | null;
  updated_at: Date;
};
const section = (r: Row): CommentarySection => ({
  period: r.period,
  priority: r.priority,
  body: r.body,
  status: r.status,
  revision: r.revision,
  updatedBy: r.updated_by,
  updatedAt: new Date(r.updated_at),
});

/** Every quarter with commentary, latest first. */
export async function commentaryPeriods(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ period: string }>('SELECT DISTINCT period FROM commentary');
  const start = (p: string) => parsePeriod(p, 'period').first;
  return rows.map((r) => r.period).sort((a, b) => start(b).localeCompare(start(a)));
}

export async function commentarySections(sql: Sql, period: string): Promise<CommentarySection[]> {
  const rows = await sql.query<Row>(`${SELECT} WHERE c.period = $1 ORDER BY c.priority`, [period]);
  return rows.map(section);
}

export async function commentarySection(
  sql: Sql,
  period: string,
  priority: string,
): Promise<CommentarySection | undefined> {
  const [row] = await sql.query<Row>(`${SELECT} WHERE c.period = $1 AND c.priority = $2`, [period, priority]);
  return row ? section(row) : undefined;
}

/**
 * Save a section when nobody else has saved it since `revision` (optimistic locking); false when
 * someone has. A section not yet in the database is created at revision 1.
 */
export async function saveCommentary(
  sql: Sql,
  edit: {
    period: string;
    priority: string;
    body: string;
    status: 'draft' | 'ready';
    revision: number;
    userId: number;
  },
): Promise<boolean> {
  const updated = await sql.query(
    `UPDATE commentary SET body = $3, status = $4, revision = revision + 1, updated_by = $6, updated_at = now()
      WHERE period = $1 AND priority = $2 AND revision = $5 RETURNING revision`,
    [edit.period, edit.priority, edit.body, edit.status, edit.revision, edit.userId],
  );
  if (updated.length > 0) return true;
  if (edit.revision !== 0) return false;
  const inserted = await sql.query(
    `INSERT INTO commentary (period, priority, body, status, updated_by) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT DO NOTHING RETURNING revision`,
    [edit.period, edit.priority, edit.body, edit.status, edit.userId],
  );
  return inserted.length > 0;
}
