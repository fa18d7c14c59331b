/**
 * The demo workspace the statement goldens are made from: `generateDemoWorkspace` with a fixed seed
 * and end month, its governance records and OPCC commentary, one extra OFFICIAL-SENSITIVE measure
 * (to prove it stays out of an OFFICIAL statement), and the force extract and Home Office tables
 * ingested through the real pipeline. The police.uk archive is not ingested: its proxies are only
 * a fallback the statement does not show beside the force's own data, and it is most of the ingest
 * time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoWorkspace, type DemoWorkspace, sensitiveMeasureYaml } from '../../helpers/demoWorkspace.js';

export type { DemoWorkspace };

export const DEMO_SEED = 20190401;
export const DEMO_END_MONTH = '2024-04';
/** The statement's time, pinned so the output is the same on every run. */
export const GENERATED_AT = new Date('2024-06-03T08:30:00Z');
export const SENSITIVE_TITLE = 'Knife crime in domestic abuse';

export async function demoStatementWorkspace(dir: string): Promise<DemoWorkspace> {
  return buildDemoWorkspace(dir, {
    seed: DEMO_SEED,
    endMonth: DEMO_END_MONTH,
    governance: true,
    commentary: true,
    measures: { 'sensitive.yaml': sensitiveMeasureYaml('knife_crime_domestic_abuse', SENSITIVE_TITLE) },
    inputs: (paths) =>
      readdirSync(paths.data)
        .filter((name) => name.startsWith('force-extract-') || name === 'home-office')
        .map((name) => join(paths.data, name)),
  });
}
