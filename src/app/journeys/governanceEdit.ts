/**
 * Saving a governance record from a form: checked as the files are checked, stored as the schema
 * parsed it (defaults filled in), and written to the audit log in the same transaction.
 */
import type { Problem } from '../../errors/problem.js';
import type { ListKind } from '../../governance/files.js';
import { audit } from '../audit.js';
import type { User } from '../auth/users.js';
import type { AppContext } from '../context.js';
import { checkWithRecord, putRecord, type RecordBody } from './governanceRecords.js';

/** The problems that stop the save (empty when saved). */
export async function saveRecord(
  app: AppContext,
  user: User,
  kind: ListKind,
  body: RecordBody,
  action: string,
): Promise<Problem[]> {
  const { paths, config } = app.workspace;
  const check = await checkWithRecord(app.db, paths.root, config.satisfaction.cohorts, kind, body);
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return errors;
  const parsed = (check.records[kind] as readonly RecordBody[]).find((r) => r.id === body.id) ?? body;
  await app.db.transaction(async (tx) => {
    await putRecord(tx, kind, parsed, user.id);
    await audit(tx, user.username, action, `${kind} ${body.id}`, JSON.stringify(parsed));
  });
  return [];
}

/** A form's text field, trimmed; undefined when empty, so optional fields stay absent. */
export function field(form: Record<string, unknown>, name: string): string | undefined {
  const value = form[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The entries of `record` whose values are defined (the schemas are strict about absent fields). */
export function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
