import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import { forceDefaults, peerDefaults } from './forceDefaults.js';
import { type WorkspacePaths, workspacePaths } from './paths.js';
import { configTemplate, type TemplateValues } from './template.js';

const DEFAULTS: TemplateValues = {
  forceName: 'Example Police',
  forceSlug: 'example',
  area: 'Example',
  population: 550000,
};

/**
 * Scaffold an empty workspace; refuses to overwrite an existing configuration. A force the reference
 * tables hold gets its name, area and ONS population filled in (values given win), and each peer
 * slug its population (forceDefaults.ts).
 */
export function initWorkspace(
  dir: string,
  values: Partial<TemplateValues> = {},
  peerSlugs: readonly string[] = [],
): WorkspacePaths {
  const paths = workspacePaths(dir);
  if (existsSync(paths.config))
    throw new ScrutinyError(messages.workspace.directoryNotEmpty(paths.root), ExitCode.usageError);
  const slug = values.forceSlug ?? DEFAULTS.forceSlug;
  const known = forceDefaults(slug);
  const filled: Partial<TemplateValues> = known ?? {};
  const peers = peerDefaults(peerSlugs, slug);
  for (const folder of [paths.data, paths.commentary, paths.governance, paths.out])
    mkdirSync(folder, { recursive: true });
  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  writeFileSync(paths.config, configTemplate({ ...DEFAULTS, ...filled, ...defined, peers }));
  writeFileSync(join(paths.root, '.gitignore'), '.scrutiny/\nout/\n');
  return paths;
}
