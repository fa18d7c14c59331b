/**
 * Governance records in the database, one row per record, the body exactly the record as the
 * workspace's YAML file holds it. A change is checked by the files' own code (checkGovernance: the
 * zod schemas, ids, cross-references, status rules) over the whole set as YAML, so the app accepts
 * nothing `scrutiny governance check` would reject.
 */
import { stringify } from 'yaml';
import type { Problem } from '../../errors/problem.js';
import { LIST_FILES, LIST_KINDS, type ListKind, PLAN_FILE } from '../../governance/files.js';
import { catalogueMeasureIds, checkGovernance, type GovernanceRecords } from '../../governance/index.js';
import type { Sql } from '../storage/database.js';

export type RecordBody = Record<string, unknown> & { id: string };

export async function recordsOf(sql: Sql, kind: ListKind): Promise<RecordBody[]> {
  const rows = await sql.query<{ body: RecordBody }>(
    'SELECT body FROM governance_record WHERE kind = $1 ORDER BY position, id',
    [kind],
  );
  return rows.map((r) => r.body);
}

/** The YAML texts of the whole set, as the workspace's governance/ files would hold them. */
export async function governanceTexts(sql: Sql): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const kind of LIST_KINDS)
    texts[LIST_FILES[kind].file] = stringify({ [kind]: await recordsOf(sql, kind) });
  const [plan] = await sql.query<{ body: unknown }>("SELECT body FROM governance_record WHERE kind = 'plan'");
  if (plan) texts[PLAN_FILE] = stringify(plan.body);
  return texts;
}

export interface RecordCheck {
  readonly records: GovernanceRecords;
  /** Problems, those of the record being changed with `field` relative to the record ('response.text'). */
  readonly problems: readonly Problem[];
}

/** Check the set with `body` put in place of (or added as) the record of its id. */
export async function checkWithRecord(
  sql: Sql,
  workspaceRoot: string,
  cohorts: Parameters<typeof catalogueMeasureIds>[1],
  kind: ListKind,
  body: RecordBody,
): Promise<RecordCheck> {
  const records = await recordsOf(sql, kind);
  let index = records.findIndex((r) => r.id === body.id);
  if (index < 0) index = records.push(body) - 1;
  else records[index] = body;
  const texts = { ...(await governanceTexts(sql)), [LIST_FILES[kind].file]: stringify({ [kind]: records }) };
  const checked = checkGovernance(texts, 'governance', {
    knownMeasures: catalogueMeasureIds(workspaceRoot, cohorts),
  });
  const prefix = `${kind}.${index}.`;
  const problems = checked.problems.map((p) =>
    p.field?.startsWith(prefix)
      ? { ...p, field: p.field.slice(prefix.length), file: undefined, line: undefined }
      : p,
  );
  return { records: checked.records, problems: problems.map(stripUndefined) };
}

function stripUndefined(p: Problem): Problem {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as Problem;
}

/** Insert or replace one record (already checked); new records go last. */
export async function putRecord(sql: Sql, kind: ListKind, body: RecordBody, userId: number): Promise<void> {
  await sql.query(
    `INSERT INTO governance_record (kind, id, body, position, updated_by)
       VALUES ($1, $2, $3::text::jsonb, (SELECT coalesce(max(position), 0) + 1 FROM governance_record WHERE kind = $1), $4)
     ON CONFLICT (kind, id) DO UPDATE SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [kind, body.id, JSON.stringify(body), userId],
  );
}

/** The Plan as stored (one mapping), or undefined when none was imported. */
export async function planOf(sql: Sql): Promise<Record<string, unknown> | undefined> {
  const [plan] = await sql.query<{ body: Record<string, unknown> }>(
    "SELECT body FROM governance_record WHERE kind = 'plan'",
  );
  return plan?.body;
}
