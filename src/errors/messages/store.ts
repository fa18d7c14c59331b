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
  notFound: (file: string): Problem => ({
    code: 'store.not-found',
    severity: 'error',
    message: 'no store here yet: run `scrutiny ingest` (or `scrutiny demo`) first',
    file,
  }),
};
