/**
 * The demo workspace the statement goldens are made from: `generateDemoWorkspace` with a fixed seed
 * and end month, its governance records and OPCC commentary, one extra OFFICIAL-SENSITIVE measure
 * (to prove it stays out of an OFFICIAL statement), and the force extract and Home Office tables
 * ingested through the real pipeline. The police.uk archive is not ingested: its proxies are only
 * a fallback the statement does not show beside the force's own data, and it is most of the ingest
 * time.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoCommentary } from '../../../src/demo/commentary.js';
import { generateDemoWorkspace } from '../../../src/demo/generate.js';
import { writeDemoGovernance } from '../../../src/demo/governanceRecords.js';
import { ingest } from '../../../src/sources/ingest.js';
import { Store } from '../../../src/store/store.js';
import type { WorkspaceConfig } from '../../../src/workspace/config.js';
import { loadConfig } from '../../../src/workspace/loadConfig.js';
import { type WorkspacePaths, workspacePaths } from '../../../src/workspace/paths.js';

export const DEMO_SEED = 20190401;
export const DEMO_END_MONTH = '2024-04';
/** The statement's time, pinned so the output is the same on every run. */
export const GENERATED_AT = new Date('2024-06-03T08:30:00Z');
export const SENSITIVE_TITLE = 'Knife crime in domestic abuse';

const SENSITIVE_MEASURE = `measures:
  - id: knife_crime_domestic_abuse
    title: ${SENSITIVE_TITLE}
    priority: serious_violence
    kind: force_proxy
    source: force_extract
    selection:
      flags: [knife, domestic_abuse]
    statistic: count
    direction: down
    classification: OFFICIAL-SENSITIVE
    unit: offences
`;

export interface DemoWorkspace {
  readonly paths: WorkspacePaths;
  readonly config: WorkspaceConfig;
  readonly store: Store;
}

export async function demoStatementWorkspace(dir: string): Promise<DemoWorkspace> {
  await generateDemoWorkspace(dir, { seed: DEMO_SEED, endMonth: DEMO_END_MONTH });
  const paths = workspacePaths(dir);
  writeDemoGovernance(paths.governance, { endMonth: DEMO_END_MONTH });
  writeDemoCommentary(paths, { endMonth: DEMO_END_MONTH });
  mkdirSync(join(paths.root, 'measures'), { recursive: true });
  writeFileSync(join(paths.root, 'measures', 'sensitive.yaml'), SENSITIVE_MEASURE);
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store);
  const inputs = readdirSync(paths.data)
    .filter((name) => name.startsWith('force-extract-') || name === 'home-office')
    .map((name) => join(paths.data, name));
  const summary = await ingest(store, inputs, {
    skipBadRows: false,
    workspaceForceSlug: config.force.slug,
    peerSlugs: config.peers.map((p) => p.slug),
    satisfactionCohorts: config.satisfaction.cohorts,
    tmpDir: paths.tmp,
    rejectsDir: paths.rejects,
  });
  const errors = summary.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`the demo did not ingest: ${JSON.stringify(errors)}`);
  return { paths, config, store };
}
