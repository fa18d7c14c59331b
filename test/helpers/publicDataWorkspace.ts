/**
 * A workspace on public data alone, as an office starts: `scrutiny init --force-slug warwickshire`,
 * the shared data.police.uk zip (Warwickshire and five peers, 2025) and the real Home Office and ONS
 * tables, a commentary file per priority for the quarter, then one ingest. `edit` changes the
 * configuration text first (a test that sets the baseline, say).
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIORITIES } from '../../src/catalogue/measures/schema.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { scratchDir } from './scratch.js';
import { sourceCli } from './sourceCli.js';

export const PUBLIC_ZIP = join(SHARED_DATA, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');
export const HOME_OFFICE = join(SHARED_DATA, 'home-office');

/** Run the CLI from source; a failure fails the test with the command and its output. */
export function scrutinyOk(...args: string[]): string {
  const run = sourceCli(...args);
  assert.equal(run.code, 0, `${args.join(' ')}\n${run.output}`);
  return run.output;
}

export function publicDataWorkspace(
  commentaryFolder: string,
  edit: (config: string) => string = (c) => c,
): string {
  const workspace = join(scratchDir('scrutiny-public-data-'), 'ws');
  scrutinyOk('init', workspace, '--force-slug', 'warwickshire');
  const config = join(workspace, 'scrutiny.config.yaml');
  writeFileSync(config, edit(readFileSync(config, 'utf8')));
  mkdirSync(join(workspace, 'data', 'police-uk'), { recursive: true });
  copyFileSync(PUBLIC_ZIP, join(workspace, 'data', 'police-uk', 'police-uk-2025.zip'));
  if (existsSync(HOME_OFFICE)) {
    mkdirSync(join(workspace, 'data', 'home-office'), { recursive: true });
    for (const name of readdirSync(HOME_OFFICE))
      if (/\.(csv|xlsx|ods)$/.test(name))
        copyFileSync(join(HOME_OFFICE, name), join(workspace, 'data', 'home-office', name));
  }
  const commentary = join(workspace, 'commentary', commentaryFolder);
  mkdirSync(commentary, { recursive: true });
  for (const priority of PRIORITIES)
    writeFileSync(join(commentary, `${priority}.md`), 'The office reviewed these figures.\n');
  scrutinyOk('-w', workspace, 'ingest');
  return workspace;
}
