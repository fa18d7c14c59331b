/**
 * A scratch folder for one test process, removed when the process exits. Test files run in
 * processes of their own, and a full run made about 2 GB of workspaces, stores and documents: left
 * behind, a few runs fill the disk (ENOSPC in whichever test comes next). Removal at exit, not
 * in an after() hook, so that a folder shared by a file's tests, or kept by a failing test until
 * the end, is still there while the file runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, its name starting with `prefix`. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove `dir` when the process exits: for folders made some other way (e.g. with a fixed name). */
export function removeAtExit(dir: string): string {
  made.push(dir);
  return dir;
}
