/**
 * Watching what the site is built from, so `site serve` rebuilds when the analyst saves: the
 * commentary, the governance records, the configuration, the workspace's measures, the statements
 * in out/statements/ and the store (an ingest). Editors save in bursts (a temporary file, a
 * rename, a second write), so changes are gathered for a short quiet spell before one rebuild.
 * A folder created after the watch started (the first commentary folder) is picked up because
 * the workspace root is watched too.
 */
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { basename, join } from 'node:path';
import type { WorkspacePaths } from '../../../workspace/paths.js';

export const QUIET_MS = 150;

export interface Watching {
  close(): void;
}

/** Calls `changed` (with the paths seen) once the workspace has been quiet for QUIET_MS. */
export function watchWorkspace(paths: WorkspacePaths, changed: (what: readonly string[]) => void): Watching {
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const storeNames = new Set([basename(paths.store), `${basename(paths.store)}.wal`]);

  const note = (path: string) => {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const seen = [...pending];
      pending = new Set();
      timer = undefined;
      changed(seen);
    }, QUIET_MS);
  };

  const recursiveFolders = [
    paths.commentary,
    paths.governance,
    join(paths.out, 'statements'),
    join(paths.root, 'measures'),
  ];
  const watchFolder = (dir: string, recursive: boolean, accept: (name: string) => boolean) => {
    if (watchers.has(dir) || !existsSync(dir)) return;
    try {
      const watcher = watch(dir, { recursive }, (_event, name) => {
        const file = name === null ? dir : join(dir, name.toString());
        if (accept(file)) note(file);
      });
      watcher.on('error', () => watchers.delete(dir));
      watchers.set(dir, watcher);
    } catch {
      // A folder removed between the check and the watch is watched again when it reappears.
    }
  };
  const attach = () => {
    for (const dir of recursiveFolders) watchFolder(dir, true, (f) => !f.includes('.partial-'));
    watchFolder(paths.internal, false, (f) => storeNames.has(basename(f)));
  };
  watchFolder(paths.root, false, (file) => {
    // New folders (commentary/, out/statements/) start being watched as soon as they exist.
    attach();
    return basename(file) === basename(paths.config) || recursiveFolders.includes(file);
  });
  // out/ is not watched as a whole (the site is written there); its statements folder is.
  watchFolder(paths.out, false, () => {
    attach();
    return false;
  });
  attach();
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
