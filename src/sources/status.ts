/**
 * What the store holds, for `scrutiny status`: every source file, and for each dataset and force the
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

export interface StoreStatus {
  readonly sources: readonly SourceListRow[];
  readonly coverage: readonly DatasetCoverage[];
  readonly superseded: readonly SupersededRow[];
}

export async function storeStatus(store: Store): Promise<StoreStatus> {
  // One after another: a DuckDB connection runs one query at a time.
  const sources = await listSources(store);
  const periods = await currentCoverage(store);
  const superseded = await supersededVersions(store);
  return { sources, coverage: groupCoverage(periods), superseded };
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
