/**
 * Provenance: the SQL over `sources` (which file, which hash, which archive month or extract date,
 * how many rows) and `coverage` (which source holds which dataset, force and period, and whether a
 * newer version has superseded it). The ingest pipeline writes through these; `scrutiny status`
 * reads through them.
 */
import type { Store } from './store.js';

export interface SourceRecord {
  readonly sourceId: number;
  readonly path: string;
  readonly fileName: string;
  readonly containerSha256?: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly format: string;
  readonly forceSlug?: string;
  readonly archiveMonth?: string;
  readonly extractDate?: string;
  readonly versionKey: string;
  readonly firstPeriod?: string;
  readonly lastPeriod?: string;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
}

export type IngestedSource = {
  readonly source_id: number;
  readonly path: string;
  readonly ingested_at: string;
};

/** The earlier ingest of the same bytes in the same format, if any. */
export async function findIngested(
  store: Store,
  sha256: string,
  format: string,
): Promise<IngestedSource | undefined> {
  return store.queryOne<IngestedSource>(
    `SELECT source_id, path, strftime(ingested_at, '%Y-%m-%d %H:%M') AS ingested_at
     FROM sources WHERE sha256 = $sha256 AND format = $format`,
    { sha256, format },
  );
}

/** Every file ingested before, by `sha256:format`: read once per run rather than once per file. */
export async function ingestedByHash(store: Store): Promise<Map<string, IngestedSource>> {
  const rows = await store.query<IngestedSource & { sha256: string; format: string }>(
    `SELECT source_id, path, strftime(ingested_at, '%Y-%m-%d %H:%M') AS ingested_at, sha256, format
     FROM sources`,
  );
  return new Map(rows.map(({ sha256, format, ...source }) => [`${sha256}:${format}`, source] as const));
}

/** How many files were ingested from the zip with this SHA-256. */
export async function countFromContainer(store: Store, containerSha256: string): Promise<number> {
  const row = await store.queryOne<{ n: number }>(
    `SELECT count(*) AS n FROM sources WHERE container_sha256 = $sha`,
    { sha: containerSha256 },
  );
  return row?.n ?? 0;
}

export async function nextSourceId(store: Store): Promise<number> {
  const row = await store.queryOne<{ id: number }>(`SELECT nextval('source_id_seq') AS id`);
  return row!.id;
}

/** `n` new source ids, ascending. */
export async function nextSourceIds(store: Store, n: number): Promise<number[]> {
  const rows = await store.query<{ id: number }>(
    `SELECT nextval('source_id_seq') AS id FROM range($n) ORDER BY id`,
    { n },
  );
  return rows.map((row) => row.id);
}

/** Parameters per multi-row INSERT: enough to make one statement of hundreds of rows. */
const ROWS_PER_STATEMENT = 100;

/** Write `sources` rows, many per statement (one statement per file cost more than the file). */
export async function insertSources(store: Store, records: readonly SourceRecord[]): Promise<void> {
  await insertRows(
    store,
    `INSERT INTO sources (source_id, path, file_name, container_sha256, size_bytes, sha256, format, force_slug,
       archive_month, extract_date, version_key, first_period, last_period, rows_accepted, rows_rejected) VALUES`,
    records.map((s) => [
      s.sourceId,
      s.path,
      s.fileName,
      s.containerSha256 ?? null,
      s.sizeBytes,
      s.sha256,
      s.format,
      s.forceSlug ?? null,
      s.archiveMonth ?? null,
      [s.extractDate ?? null, 'DATE'],
      s.versionKey,
      [s.firstPeriod ?? null, 'DATE'],
      [s.lastPeriod ?? null, 'DATE'],
      s.rowsAccepted,
      s.rowsRejected,
    ]),
  );
}

export async function insertSource(store: Store, s: SourceRecord): Promise<void> {
  await insertSources(store, [s]);
}

export interface CoverageRow {
  readonly forceSlug: string;
  readonly period: string;
  readonly rows: number;
}

export interface SourceCoverage {
  readonly sourceId: number;
  readonly dataset: string;
  readonly entries: readonly CoverageRow[];
}

export async function insertCoverageOf(store: Store, sources: readonly SourceCoverage[]): Promise<void> {
  await insertRows(
    store,
    'INSERT INTO coverage (source_id, dataset, force_slug, period, row_count) VALUES',
    sources.flatMap(({ sourceId, dataset, entries }) =>
      entries.map((e) => [sourceId, dataset, e.forceSlug, [e.period, 'DATE'], e.rows] as const),
    ),
  );
}

export async function insertCoverage(
  store: Store,
  sourceId: number,
  dataset: string,
  entries: readonly CoverageRow[],
): Promise<void> {
  await insertCoverageOf(store, [{ sourceId, dataset, entries }]);
}

type Cell = string | number | null | readonly [value: string | null, cast: 'DATE'];

/** `prefix (...), (...)` with every value bound as `$v<n>`; a [value, 'DATE'] cell is cast. */
async function insertRows(store: Store, prefix: string, rows: readonly (readonly Cell[])[]): Promise<void> {
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    const params: Record<string, string | number | null> = {};
    let n = 0;
    const tuples = rows.slice(from, from + ROWS_PER_STATEMENT).map((row) => {
      const cells = row.map((cell) => {
        const name = `v${n++}`;
        if (Array.isArray(cell)) {
          params[name] = cell[0];
          return `$${name}::${cell[1]}`;
        }
        params[name] = cell as string | number | null;
        return `$${name}`;
      });
      return `(${cells.join(', ')})`;
    });
    await store.run(`${prefix} ${tuples.join(', ')}`, params);
  }
}

/**
 * For every (dataset, force, period) that a source numbered `fromSourceId` or later covers, make the
 * newest version current and point every other version at it. Newest: the larger version key, then
 * the later ingest. So an older archive ingested after a newer one is stored already superseded.
 */
export async function resolveVersions(store: Store, fromSourceId: number): Promise<void> {
  await store.run(
    `UPDATE coverage AS c
     SET superseded_by = CASE WHEN ranked.winner = c.source_id THEN NULL ELSE ranked.winner END
     FROM (
       SELECT k.source_id, k.dataset, k.force_slug, k.period,
         first_value(k.source_id) OVER (
           PARTITION BY k.dataset, k.force_slug, k.period ORDER BY s.version_key DESC, k.source_id DESC
         ) AS winner
       FROM coverage k JOIN sources s USING (source_id)
       WHERE EXISTS (
         SELECT 1 FROM coverage n WHERE n.source_id >= $from
           AND n.dataset = k.dataset AND n.force_slug = k.force_slug AND n.period = k.period
       )
     ) AS ranked
     WHERE c.source_id = ranked.source_id AND c.dataset = ranked.dataset
       AND c.force_slug = ranked.force_slug AND c.period = ranked.period
       AND c.superseded_by IS DISTINCT FROM (CASE WHEN ranked.winner = c.source_id THEN NULL ELSE ranked.winner END)`,
    { from: fromSourceId },
  );
}

// --- Reading provenance back, for `scrutiny status` ---

export type SourceListRow = {
  readonly source_id: number;
  readonly path: string;
  readonly format: string;
  readonly force_slug: string | null;
  readonly archive_month: string | null;
  readonly extract_date: string | null;
  readonly first_period: string | null;
  readonly last_period: string | null;
  readonly rows_accepted: number;
  readonly rows_rejected: number;
  readonly ingested_at: string;
  /** Coverage rows of this source that a newer version has replaced, out of all its rows. */
  readonly periods: number;
  readonly superseded_periods: number;
};

export async function listSources(store: Store): Promise<SourceListRow[]> {
  return store.query<SourceListRow>(
    `SELECT s.source_id, s.path, s.format, s.force_slug, s.archive_month,
       strftime(s.extract_date, '%Y-%m-%d') AS extract_date,
       strftime(s.first_period, '%Y-%m') AS first_period, strftime(s.last_period, '%Y-%m') AS last_period,
       s.rows_accepted, s.rows_rejected, strftime(s.ingested_at, '%Y-%m-%d %H:%M') AS ingested_at,
       count(c.period) AS periods, count(c.superseded_by) AS superseded_periods
     FROM sources s LEFT JOIN coverage c USING (source_id)
     GROUP BY ALL ORDER BY s.format, s.force_slug NULLS LAST, first_period, s.source_id`,
  );
}

export type CoveragePeriodRow = {
  readonly dataset: string;
  readonly force_slug: string;
  /** 'YYYY-MM' of the first day of the period. */
  readonly period: string;
  readonly row_count: number;
  readonly versions: number;
};

/** The current version's row count for each dataset, force and period, with how many versions exist. */
export async function currentCoverage(store: Store): Promise<CoveragePeriodRow[]> {
  return store.query<CoveragePeriodRow>(
    `SELECT dataset, force_slug, strftime(period, '%Y-%m') AS period,
       sum(row_count) FILTER (WHERE superseded_by IS NULL) AS row_count, count(DISTINCT source_id) AS versions
     FROM coverage GROUP BY ALL ORDER BY dataset, force_slug, period`,
  );
}

export type SupersededRow = {
  readonly dataset: string;
  readonly force_slug: string;
  readonly period: string;
  readonly path: string;
  readonly version_key: string;
  readonly row_count: number;
  readonly superseded_by_path: string;
  readonly superseded_by_version: string;
};

export async function supersededVersions(store: Store): Promise<SupersededRow[]> {
  return store.query<SupersededRow>(
    `SELECT c.dataset, c.force_slug, strftime(c.period, '%Y-%m') AS period, s.path, s.version_key, c.row_count,
       n.path AS superseded_by_path, n.version_key AS superseded_by_version
     FROM coverage c JOIN sources s USING (source_id) JOIN sources n ON n.source_id = c.superseded_by
     ORDER BY c.dataset, c.force_slug, c.period, s.version_key`,
  );
}
