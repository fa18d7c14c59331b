import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import { type WorkspacePaths, workspacePaths } from './paths.js';
import { configTemplate, type TemplateValues } from './template.js';

const DEFAULTS: TemplateValues = {
  forceName: 'Example Police',
  forceSlug: 'example',
  area: 'Example',
  population: 550000,
};

/** Scaffold an empty workspace; refuses to overwrite an existing configuration. */
export function initWorkspace(dir: string, values: Partial<TemplateValues> = {}): WorkspacePaths {
  const paths = workspacePaths(dir);
  if (existsSync(paths.config))
    throw new ScrutinyError(messages.workspace.directoryNotEmpty(paths.root), ExitCode.usageError);
  for (const folder of [paths.data, paths.commentary, paths.governance, paths.out])
    mkdirSync(folder, { recursive: true });
  writeFileSync(paths.config, configTemplate({ ...DEFAULTS, ...values }));
  writeFileSync(join(paths.root, '.gitignore'), '.scrutiny/\nout/\n');
  return paths;
}
