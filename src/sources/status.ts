/**
 * What the store holds, for `scrutiny status`: every source file (and the same grouped by zip), and for each dataset and force the
 * periods covered (current versions), their row counts, the periods missing inside the covered
 * range, and the versions that newer files have superseded.
 */
import {
  type CoveragePeriodRow,
  currentCoverage,
  listSources,
  type SourceListRow,
  type SupersededRow,
  supersededVersions,
} from '../store/provenance.js';
import type { Store } from '../store/store.js';

export interface DatasetCoverage {
  readonly dataset: string;
  readonly forceSlug: string;
  /** 'month' for police.uk and force extracts; 'quarter' for the Home Office tables. */
  readonly step: 'month' | 'quarter';
  readonly first: string;
  readonly last: string;
  readonly periods: number;
  readonly rows: number;
  /** Periods ('YYYY-MM', the first month of a quarter) inside first..last with no file at all. */
  readonly missing: readonly string[];
  /** Row count per period ('YYYY-MM'), current versions only. */
  readonly byPeriod: Readonly<Record<string, number>>;
}

/**
 * Source files grouped for reading: the files of one zip for one dataset and force on one line (an
 * archive holds hundreds), every other file on its own. `--json` still lists every file in `sources`.
 */
export interface SourceGroup {
  /** The zip, or the file itself when it did not come from a zip. */
  readonly path: string;
  readonly inZip: boolean;
  readonly format: string;
  readonly forceSlug: string | null;
  readonly files: number;
  /** 'YYYY-MM' of the first and last period any file of the group covers. */
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
  /** Distinct archive months or extract dates of the files, sorted. */
  readonly versions: readonly string[];
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  readonly periods: number;
  readonly supersededPeriods: number;
}

export interface StoreStatus {
  readonly sources: readonly SourceListRow[];
  readonly sourceGroups: readonly SourceGroup[];
  readonly coverage: readonly DatasetCoverage[];
  readonly superseded: readonly SupersededRow[];
}

export async function storeStatus(store: Store): Promise<StoreStatus> {
  // One after another: a DuckDB connection runs one query at a time.
  const sources = await listSources(store);
  const periods = await currentCoverage(store);
  const superseded = await supersededVersions(store);
  return { sources, sourceGroups: groupSources(sources), coverage: groupCoverage(periods), superseded };
}

/** One group per zip, dataset and force; a file outside any zip is a group of one. In source order. */
export function groupSources(sources: readonly SourceListRow[]): SourceGroup[] {
  const groups = new Map<string, SourceListRow[]>();
  for (const source of sources) {
    const bang = source.path.indexOf('!');
    const key =
      bang === -1
        ? `file\u0000${source.source_id}`
        : `zip\u0000${source.path.slice(0, bang)}\u0000${source.format}\u0000${source.force_slug ?? ''}`;
    const group = groups.get(key) ?? [];
    group.push(source);
    groups.set(key, group);
  }
  return [...groups.values()].map((files) => {
    const first = files[0]!;
    const bang = first.path.indexOf('!');
    const periodsOf = (pick: (s: SourceListRow) => string | null) =>
      files
        .map(pick)
        .filter((p): p is string => p !== null)
        .sort();
    const firsts = periodsOf((s) => s.first_period);
    const lasts = periodsOf((s) => s.last_period);
    const versions = new Set(periodsOf((s) => s.archive_month ?? s.extract_date));
    return {
      path: bang === -1 ? first.path : first.path.slice(0, bang),
      inZip: bang !== -1,
      format: first.format,
      forceSlug: first.force_slug,
      files: files.length,
      firstPeriod: firsts[0] ?? null,
      lastPeriod: lasts.at(-1) ?? null,
      versions: [...versions],
      rowsAccepted: files.reduce((sum, s) => sum + s.rows_accepted, 0),
      rowsRejected: files.reduce((sum, s) => sum + s.rows_rejected, 0),
      periods: files.reduce((sum, s) => sum + s.periods, 0),
      supersededPeriods: files.reduce((sum, s) => sum + s.superseded_periods, 0),
    };
  });
}

export function groupCoverage(rows: readonly CoveragePeriodRow[]): DatasetCoverage[] {
  const groups = new Map<string, CoveragePeriodRow[]>();
  for (const row of rows) {
    const key = `${row.dataset}\u0000${row.force_slug}`;
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const step = first.dataset.startsWith('ho_') ? 'quarter' : 'month';
    const present = new Set(group.map((r) => r.period));
    const last = group.at(-1)!.period;
    const missing: string[] = [];
    for (let p = first.period; p <= last; p = addMonths(p, step === 'quarter' ? 3 : 1))
      if (!present.has(p)) missing.push(p);
    return {
      dataset: first.dataset,
      forceSlug: first.force_slug,
      step,
      first: first.period,
      last,
      periods: group.length,
      rows: group.reduce((sum, r) => sum + (r.row_count ?? 0), 0),
      missing,
      byPeriod: Object.fromEntries(group.map((r) => [r.period, r.row_count ?? 0])),
    };
  });
}

/** 'YYYY-MM' plus n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
