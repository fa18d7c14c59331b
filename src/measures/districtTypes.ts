/**
 * The district shapes of the measures result (result.ts `districts`, districtBreakdown.ts) and the
 * workspace's districts (forceDistricts.ts): types only, so the result can name them without a cycle.
 */

/** A district of the force, as the workspace configuration names it. */
export interface District {
  readonly name: string;
  /** URL-safe name: 'north-wold'. */
  readonly slug: string;
  /** ONS local authority district code, when known. */
  readonly code?: string;
  readonly population?: number;
  readonly area?: string;
  /** The Community Safety Partnership(s) it belongs to (ONS lookup). */
  readonly partnership?: string;
}

export interface CountChangeJson {
  readonly current: number;
  readonly previous: number;
  readonly difference: number;
  /** 100 × difference / previous; null when previous is 0. */
  readonly percent: number | null;
  readonly significant: boolean;
  readonly direction: 'increase' | 'decrease' | 'none';
  readonly pValue: number;
}

export interface DistrictChangeJson extends CountChangeJson {
  readonly name: string;
  readonly code?: string;
  /** Community Safety Partnership(s). */
  readonly partnership?: string;
  /** Counts per month of `months`, oldest first. */
  readonly monthly: readonly number[];
  /** The district's share of the force's net change; null when the net change is 0. */
  readonly shareOfChange: number | null;
}

export interface UnplacedJson {
  readonly reason: 'no_location' | 'outside_force_area' | 'unmatched' | 'no_district';
  readonly current: number;
  readonly previous: number;
}

export interface DistrictBreakdownJson {
  readonly source: 'force_extract' | 'police_uk';
  readonly period: string;
  readonly previousPeriod: string;
  /** The months of both periods, oldest first. */
  readonly months: readonly string[];
  readonly total: CountChangeJson;
  readonly districts: readonly DistrictChangeJson[];
  /** Rows no district took, by reason (never silently dropped); empty when every row was placed. */
  readonly unplaced: readonly UnplacedJson[];
  readonly drivenBy: {
    readonly district: string;
    readonly direction: 'increase' | 'decrease';
    readonly difference: number;
    readonly shareOfChange: number;
  } | null;
  readonly rule: string;
}
