import type { Problem } from '../problem.js';

export const storeMessages = {
  newerSchema: (file: string, found: number, known: number): Problem => ({
    code: 'store.newer-schema',
    severity: 'error',
    message: `this store was written by a newer version of Scrutiny; upgrade Scrutiny, or delete the .scrutiny folder and ingest again (the store is derived from data/)`,
    file,
    field: 'schema_version',
    expected: `${known} or lower`,
    found: String(found),
  }),
  locked: (file: string, detail: string): Problem => ({
    code: 'store.locked',
    severity: 'error',
    message: `the store is in use by another Scrutiny process (${detail}); wait for it to finish and try again`,
    file,
  }),
  olderSchema: (file: string, found: number, known: number): Problem => ({
    code: 'store.older-schema',
    severity: 'error',
    message:
      'this store was written by an earlier version of Scrutiny; run `scrutiny ingest` once to bring it up to date (nothing is lost: the store is derived from data/)',
    file,
    field: 'schema_version',
    expected: String(known),
    found: String(found),
  }),
  notFound: (file: string): Problem => ({
    code: 'store.not-found',
    severity: 'error',
    message: 'no store here yet: run `scrutiny ingest` (or `scrutiny demo`) first',
    file,
  }),
  damaged: (file: string, detail: string): Problem => ({
    code: 'store.damaged',
    severity: 'error',
    message: `the store cannot be read (${detail}); it is derived from data/, so delete this file (or the .scrutiny folder) and run \`scrutiny ingest\` to build it again`,
    file,
    expected: 'a Scrutiny store written by DuckDB',
    found: 'a damaged, cut-short or empty file',
  }),
  diskFull: (file: string, detail: string): Problem => ({
    code: 'store.disk-full',
    severity: 'error',
    message: `the disk is full, so the store cannot be written (${detail}); nothing was changed: free some space and run the command again`,
    file,
  }),
  notWritable: (file: string, detail: string): Problem => ({
    code: 'store.not-writable',
    severity: 'error',
    message: `the store's folder cannot be written (${detail}); run Scrutiny where it may write the workspace's .scrutiny folder, or give this user write access`,
    file,
  }),
};
