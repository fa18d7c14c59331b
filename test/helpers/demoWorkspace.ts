/**
 * The one builder of a demo workspace for tests: generateDemoWorkspace with a fixed seed and end
 * month, the demo's governance records and commentary when asked, extra workspace measures (an
 * OFFICIAL-SENSITIVE one, usually, to prove it stays out of OFFICIAL outputs), any change a test
 * needs before the ingest, and the ingest through the real pipeline. The statement, site, Panel
 * report and board fixtures are all made with it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoCommentary } from '../../src/demo/commentary.js';
import { generateDemoWorkspace } from '../../src/demo/generate.js';
import { writeDemoGovernance } from '../../src/demo/governanceRecords.js';
import { ingest } from '../../src/sources/ingest.js';
import { Store } from '../../src/store/store.js';
import type { WorkspaceConfig } from '../../src/workspace/config.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import { type WorkspacePaths, workspacePaths } from '../../src/workspace/paths.js';

export interface DemoWorkspaceOptions {
  readonly seed: number;
  readonly endMonth: string;
  /** Write the demo's governance records (questions, meetings, ...). */
  readonly governance?: boolean;
  /** Write the demo's OPCC commentary. */
  readonly commentary?: boolean;
  /** Workspace measure files to add: file name in measures/ → YAML text. */
  readonly measures?: Readonly<Record<string, string>>;
  /** Any other change before the ingest (a config edit, an extra record). */
  readonly prepare?: (paths: WorkspacePaths) => void;
  /** What to ingest (default: the whole data folder). */
  readonly inputs?: (paths: WorkspacePaths) => readonly string[];
}

export interface DemoWorkspace {
  readonly paths: WorkspacePaths;
  readonly config: WorkspaceConfig;
  /** Open for writing; the caller closes it. */
  readonly store: Store;
}

export async function buildDemoWorkspace(dir: string, options: DemoWorkspaceOptions): Promise<DemoWorkspace> {
  await generateDemoWorkspace(dir, { seed: options.seed, endMonth: options.endMonth });
  const paths = workspacePaths(dir);
  if (options.governance) writeDemoGovernance(paths.governance, { endMonth: options.endMonth });
  if (options.commentary) writeDemoCommentary(paths, { endMonth: options.endMonth });
  for (const [name, text] of Object.entries(options.measures ?? {})) {
    mkdirSync(join(paths.root, 'measures'), { recursive: true });
    writeFileSync(join(paths.root, 'measures', name), text);
  }
  options.prepare?.(paths);
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store);
  try {
    const summary = await ingest(store, [...(options.inputs?.(paths) ?? [paths.data])], {
      skipBadRows: false,
      workspaceForceSlug: config.force.slug,
      peerSlugs: config.peers.map((p) => p.slug),
      satisfactionCohorts: config.satisfaction.cohorts,
      tmpDir: paths.tmp,
      rejectsDir: paths.rejects,
    });
    const errors = summary.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`the demo did not ingest: ${JSON.stringify(errors)}`);
  } catch (error) {
    store.close();
    throw error;
  }
  return { paths, config, store };
}

/** An OFFICIAL-SENSITIVE workspace measure: knife crime the force also flags as domestic abuse. */
export function sensitiveMeasureYaml(id: string, title: string, dataNote?: string): string {
  return `measures:
  - id: ${id}
    title: ${title}
    priority: serious_violence
    kind: force_proxy
    source: force_extract
    selection:
      flags: [knife, domestic_abuse]
    statistic: count
    direction: down
    classification: OFFICIAL-SENSITIVE
    unit: offences
${dataNote === undefined ? '' : `    data_note: ${dataNote}\n`}`;
}
