/**
 * Builds a small in-memory store by hand for the measures tests: a `sources` row, its `coverage`
 * and fact rows, so the current_* views see exactly the rows a test counts by hand.
 */
import { Store } from '../../src/store/store.js';

export async function emptyStore(): Promise<Store> {
  return Store.open(':memory:');
}

export interface SourceSpec {
  readonly format: string;
  readonly force: string;
  readonly path?: string;
  readonly archiveMonth?: string;
  readonly extractDate?: string;
  readonly versionKey?: string;
}

let counter = 0;

/** Insert a sources row and return its id. */
export async function addSource(store: Store, spec: SourceSpec): Promise<number> {
  counter += 1;
  const row = await store.queryOne<{ id: number }>(
    `INSERT INTO sources (path, file_name, size_bytes, sha256, format, force_slug, archive_month, extract_date,
       version_key, rows_accepted, rows_rejected)
     VALUES ($path, $name, 1, $sha, $format, $force, $archive, $extract::DATE, $version, 0, 0)
     RETURNING source_id AS id`,
    {
      path: spec.path ?? `data/file-${counter}.csv`,
      name: `file-${counter}.csv`,
      sha: `sha-${counter}`.padEnd(64, '0'),
      format: spec.format,
      force: spec.force,
      archive: spec.archiveMonth ?? null,
      extract: spec.extractDate ?? null,
      version: spec.versionKey ?? String(counter),
    },
  );
  return row!.id;
}

/** Coverage rows for months 'YYYY-MM' (or quarter starts); superseded when `supersededBy` is given. */
export async function addCoverage(
  store: Store,
  sourceId: number,
  dataset: string,
  force: string,
  months: readonly string[],
  supersededBy?: number,
): Promise<void> {
  for (const month of months) {
    await store.run(
      `INSERT INTO coverage VALUES ($source, $dataset, $force, $period::DATE, 1, $superseded)`,
      { source: sourceId, dataset, force, period: `${month}-01`, superseded: supersededBy ?? null },
    );
  }
}

export interface CrimeSpec {
  readonly code: string;
  readonly recorded: string;
  readonly outcome?: number;
  readonly outcomeDate?: string;
  readonly flags?: readonly string[];
}

export async function addCrimes(store: Store, sourceId: number, force: string, crimes: readonly CrimeSpec[]) {
  let line = 1;
  for (const crime of crimes) {
    line += 1;
    await store.run(
      `INSERT INTO force_crimes VALUES ($source, $line, $force, $ref, $recorded::DATE,
         date_trunc('month', $recorded::DATE), $code, NULL, NULL, $outcome, $outcomeDate::DATE,
         from_json($flags, '["VARCHAR"]'))`,
      {
        source: sourceId,
        line,
        force,
        ref: `REF/${sourceId}/${line}`,
        recorded: crime.recorded,
        code: crime.code,
        outcome: crime.outcome ?? null,
        outcomeDate: crime.outcomeDate ?? null,
        flags: JSON.stringify(crime.flags ?? []),
      },
    );
  }
}

export async function addStreet(
  store: Store,
  sourceId: number,
  force: string,
  rows: readonly { readonly month: string; readonly type: string; readonly count: number }[],
) {
  let line = 1;
  for (const row of rows) {
    for (let i = 0; i < row.count; i++) {
      line += 1;
      await store.run(
        `INSERT INTO police_uk_street (source_id, line, crime_id, month, force_slug, crime_type)
         VALUES ($source, $line, NULL, $month::DATE, $force, $type)`,
        { source: sourceId, line, month: `${row.month}-01`, force, type: row.type },
      );
    }
  }
}

export async function addSatisfaction(
  store: Store,
  sourceId: number,
  force: string,
  rows: readonly {
    readonly month: string;
    readonly cohort: string;
    readonly responses: number;
    readonly satisfied: number;
  }[],
) {
  let line = 1;
  for (const row of rows) {
    line += 1;
    await store.run(
      `INSERT INTO force_satisfaction VALUES ($source, $line, $force, $month::DATE, $cohort, $responses, $satisfied)`,
      { ...row, source: sourceId, line, force, month: `${row.month}-01` },
    );
  }
}

export async function addOcg(
  store: Store,
  sourceId: number,
  force: string,
  rows: readonly {
    readonly date: string;
    readonly level: string;
    readonly adults: number;
    readonly children: number;
  }[],
) {
  let line = 1;
  for (const row of rows) {
    line += 1;
    await store.run(
      `INSERT INTO force_ocg_disruptions VALUES ($source, $line, $force, $date::DATE,
         date_trunc('month', $date::DATE), $level, $adults, $children)`,
      { ...row, source: sourceId, line, force },
    );
  }
}

/** Home Office rows: quarter given by its first month 'YYYY-MM' (Q1 = April). */
export async function addHomeOfficeCrime(
  store: Store,
  sourceId: number,
  rows: readonly {
    readonly force: string;
    readonly quarterStart: string;
    readonly code: string;
    readonly offences: number;
  }[],
) {
  let line = 1;
  for (const row of rows) {
    line += 1;
    await store.run(
      `INSERT INTO ho_recorded_crime VALUES ($source, $line, '2023/24', 1, $start::DATE, $force, $force,
         NULL, NULL, NULL, $code, $offences)`,
      {
        source: sourceId,
        line,
        start: `${row.quarterStart}-01`,
        force: row.force,
        code: row.code,
        offences: row.offences,
      },
    );
  }
}

export async function addHomeOfficeOutcomes(
  store: Store,
  sourceId: number,
  rows: readonly {
    readonly force: string;
    readonly quarterStart: string;
    readonly code: string;
    readonly type: number;
    readonly assigned: number;
    readonly ofRecorded: number;
  }[],
) {
  let line = 1;
  for (const row of rows) {
    line += 1;
    await store.run(
      `INSERT INTO ho_outcomes VALUES ($source, $line, '2023/24', 1, $start::DATE, $force, $force, NULL, $code,
         $type, NULL, NULL, $assigned, $ofRecorded)`,
      {
        source: sourceId,
        line,
        start: `${row.quarterStart}-01`,
        force: row.force,
        code: row.code,
        type: row.type,
        assigned: row.assigned,
        ofRecorded: row.ofRecorded,
      },
    );
  }
}
