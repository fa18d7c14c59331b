import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';

export const CONFIG_FILE = 'scrutiny.config.yaml';

/** Where things live inside a workspace (architecture.md, "A workspace is a folder an analyst owns"). */
export interface WorkspacePaths {
  readonly root: string;
  readonly config: string;
  readonly data: string;
  readonly commentary: string;
  readonly governance: string;
  readonly internal: string;
  readonly store: string;
  readonly rejects: string;
  readonly tmp: string;
  readonly out: string;
}

export function workspacePaths(root: string): WorkspacePaths {
  const abs = resolve(root);
  const internal = join(abs, '.scrutiny');
  return {
    root: abs,
    config: join(abs, CONFIG_FILE),
    data: join(abs, 'data'),
    commentary: join(abs, 'commentary'),
    governance: join(abs, 'governance'),
    internal,
    store: join(internal, 'store.duckdb'),
    rejects: join(internal, 'rejects'),
    tmp: join(internal, 'tmp'),
    out: join(abs, 'out'),
  };
}

/** The workspace holding `start`: the nearest folder at or above it with a scrutiny.config.yaml. */
export function findWorkspace(start: string): WorkspacePaths {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return workspacePaths(dir);
    const parent = dirname(dir);
    if (parent === dir)
      throw new ScrutinyError(messages.workspace.notAWorkspace(resolve(start)), ExitCode.usageError);
    dir = parent;
  }
}
