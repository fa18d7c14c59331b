/**
 * The workspace files stay the interchange format: import reads commentary/<quarter>/*.md and
 * governance/*.yaml into the database (checked by the files' own loader first, so nothing invalid
 * gets in); export writes the database back to the same files, so a workspace kept in git and the
 * app agree.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PRIORITIES } from '../../catalogue/measures/schema.js';
import { LIST_KINDS } from '../../governance/files.js';
import { catalogueMeasureIds, loadGovernance } from '../../governance/index.js';
import { commentaryFolderCandidates } from '../../narrative/commentaryFiles.js';
import { parsePeriod } from '../../stats/calendar.js';
import type { WorkspaceConfig } from '../../workspace/config.js';
import type { WorkspacePaths } from '../../workspace/paths.js';
import { writeFileAtomic } from '../../workspace/writeAtomic.js';
import { audit } from '../audit.js';
import type { Database, Sql } from '../storage/database.js';
import { governanceTexts } from './governanceRecords.js';

type Workspace = { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig };

const QUARTER_FOLDER = /^(\d{4})-(\d{2})-[Qq]([1-4])$/;
const SECTIONS = new Set<string>([...PRIORITIES, 'overview']);

export interface ExchangeSummary {
  readonly sections: number;
  readonly records: number;
}

export async function importWorkspace(
  db: Database,
  workspace: Workspace,
  username: string,
): Promise<ExchangeSummary> {
  const { paths, config } = workspace;
  // The files' own loader: throws a ScrutinyError naming file, line and field when anything is wrong.
  const governance = loadGovernance(paths.governance, {
    knownMeasures: catalogueMeasureIds(paths.root, config.satisfaction.cohorts),
  });
  const sections = commentaryOnDisk(paths.commentary);
  return db.transaction(async (tx) => {
    for (const s of sections) {
      await tx.query(
        `INSERT INTO commentary (period, priority, body, status) VALUES ($1, $2, $3, 'draft')
         ON CONFLICT (period, priority) DO UPDATE SET body = EXCLUDED.body, status = 'draft',
           revision = commentary.revision + 1, updated_by = NULL, updated_at = now()
         WHERE commentary.body <> EXCLUDED.body`,
        [s.period, s.priority, s.body],
      );
    }
    let records = 0;
    for (const kind of LIST_KINDS) {
      for (const [position, record] of governance[kind].entries()) {
        await putAt(tx, kind, record.id ?? `#${position + 1}`, record, position);
        records += 1;
      }
    }
    if (governance.plan) await putAt(tx, 'plan', 'plan', governance.plan, 0);
    await audit(
      tx,
      username,
      'imported workspace files',
      paths.root,
      `${sections.length} commentary sections, ${records} records`,
    );
    return { sections: sections.length, records };
  });
}

async function putAt(tx: Sql, kind: string, id: string, body: unknown, position: number): Promise<void> {
  await tx.query(
    `INSERT INTO governance_record (kind, id, body, position) VALUES ($1, $2, $3::text::jsonb, $4)
     ON CONFLICT (kind, id) DO UPDATE SET body = EXCLUDED.body, position = EXCLUDED.position, updated_at = now()`,
    [kind, id, JSON.stringify(body), position],
  );
}

function commentaryOnDisk(root: string): { period: string; priority: string; body: string }[] {
  if (!existsSync(root)) return [];
  const found: { period: string; priority: string; body: string }[] = [];
  for (const folder of readdirSync(root).sort()) {
    const match = QUARTER_FOLDER.exec(folder);
    if (!match || !statSync(join(root, folder)).isDirectory()) continue;
    const period = `Q${match[3]} ${match[1]}/${match[2]}`;
    for (const name of readdirSync(join(root, folder)).sort()) {
      const priority = name.replace(/\.md$/, '');
      if (name.endsWith('.md') && SECTIONS.has(priority))
        found.push({ period, priority, body: readFileSync(join(root, folder, name), 'utf8') });
    }
  }
  return found;
}

export async function exportWorkspace(
  db: Database,
  workspace: Workspace,
  username: string,
): Promise<ExchangeSummary> {
  const { paths } = workspace;
  const rows = await db.query<{ period: string; priority: string; body: string }>(
    'SELECT period, priority, body FROM commentary ORDER BY period, priority',
  );
  for (const row of rows) {
    const candidates = commentaryFolderCandidates(paths.commentary, parsePeriod(row.period, 'period'));
    const folder = candidates.find((c) => existsSync(c)) ?? candidates[0]!;
    mkdirSync(folder, { recursive: true });
    writeFileAtomic(join(folder, `${row.priority}.md`), row.body);
  }
  const texts = await governanceTexts(db);
  mkdirSync(paths.governance, { recursive: true });
  for (const [file, text] of Object.entries(texts))
    writeFileAtomic(join(paths.governance, file), `# Written by scrutiny app (docs/app.md).\n${text}`);
  const [count] = await db.query<{ n: number }>(
    "SELECT count(*)::integer AS n FROM governance_record WHERE kind <> 'plan'",
  );
  const records = count?.n ?? 0;
  await audit(db, username, 'exported workspace files', paths.root, `${rows.length} commentary sections`);
  return { sections: rows.length, records };
}
