/**
 * The measures result, version 1: the ONE input of the statement and the website, documented field
 * by field in docs/measures-json.md. Change a field's meaning only with a new schemaVersion.
 * Figures hold full precision; `text` fields are the house-style rendering (stats/rounding.ts).
 * A figure that cannot be given says why (`status` with the months missing), never a wrong number.
 */
import type { Problem } from '../errors/problem.js';
import type { PeriodKind } from '../stats/calendar.js';
import type { MeasureVerdict } from '../stats/verdict.js';
import type { DistrictBreakdownJson } from './districtTypes.js';
import type {
  BaselineComparisonJson,
  FedByJson,
  ForecastJson,
  HomicideOutlierJson,
  NationalPositionJson,
  OfficerNumbersJson,
  PeersJson,
  SignificanceJson,
  SpcPointJson,
  SpcSummaryJson,
} from './figureTypes.js';
import type { ProvenanceEntry } from './provenance.js';
import type { RestatementsJson } from './restatementTypes.js';
import type { SettingsJson } from './settings.js';

export const MEASURES_SCHEMA_VERSION = 1;

export interface PeriodJson {
  readonly label: string;
  readonly kind: PeriodKind;
  readonly first: string;
  readonly last: string;
}

/** A figure that could not be given, and why. */
export interface Unavailable {
  readonly status: 'incomplete' | 'not_enough_history' | 'not_computable' | 'not_available';
  /** Months absent from the data that the figure needs. */
  readonly missing?: readonly string[];
  readonly reason?: string;
}

export type Figure<T> = ({ readonly status: 'ok' } & T) | Unavailable;

export interface ValueAt {
  readonly period: PeriodJson;
  /** A count, or a rate in percent. */
  readonly value: number;
  /** Rates: what the rate is made of. */
  readonly numerator?: number;
  readonly denominator?: number;
  readonly text: string;
}

export interface ChangeJson {
  /** Counts: current − base; rates: the change in percentage points. */
  readonly difference: number;
  /** Counts only: 100 × difference / base; null when the base is 0. */
  readonly percent: number | null;
  readonly text: string;
}

export interface ThreeYearAverageJson {
  readonly value: number;
  readonly definition: string;
  readonly label: string;
  readonly comparisons: readonly { readonly label: string; readonly value: number }[];
  readonly verdict: 'in_line' | 'above' | 'below';
  readonly rule: string;
}

/**
 * The year a quarterly statement reports first (the financial year when the period closes it,
 * otherwise the 12 months to the period's end) against the 12 months before it.
 */
export interface YearChangeJson {
  readonly period: PeriodJson;
  readonly value: number;
  readonly text: string;
  readonly previous: { readonly period: PeriodJson; readonly value: number; readonly text: string };
  readonly change: ChangeJson;
  readonly significance: Figure<SignificanceJson>;
}

export interface MeasureFigures {
  readonly kind: 'count' | 'rate';
  readonly current: Figure<ValueAt>;
  readonly previous: Figure<ValueAt>;
  readonly yearEarlier: Figure<ValueAt>;
  readonly changeOnPrevious: Figure<ChangeJson>;
  readonly changeOnYearEarlier: Figure<ChangeJson>;
  /** Counts only: the period against its 3-year average. */
  readonly threeYearAverage: Figure<ThreeYearAverageJson>;
  /** The last month of the period, as the monthly performance report reads it. */
  readonly latestMonth: Figure<{
    readonly month: string;
    readonly value: number;
    readonly text: string;
    readonly changeOnPreviousMonth: Figure<ChangeJson>;
    readonly threeYearAverage: Figure<ThreeYearAverageJson>;
  }>;
  /** Rolling figure at the period's last month: 12-month volume for counts, N-month rate for rates. */
  readonly rolling: Figure<{
    readonly months: number;
    readonly first: string;
    readonly last: string;
    readonly value: number;
    readonly numerator?: number;
    readonly denominator?: number;
    readonly text: string;
  }>;
  /** Counts: the year the statement reports first, against the year before, with the exact test. */
  readonly year: Figure<YearChangeJson>;
  readonly forecast: Figure<ForecastJson>;
  readonly spc: Figure<SpcSummaryJson>;
  /** Counts: the period against the same period a year earlier, by the exact Poisson test. */
  readonly significance: Figure<SignificanceJson>;
  readonly target: Figure<{
    readonly target: number;
    readonly source: 'catalogue' | 'workspace';
    /** value − target, in the measure's unit. */
    readonly gap: number;
    readonly met: boolean | null;
    readonly text: string;
  }>;
  readonly peers: Figure<PeersJson>;
  /** Homicide only: the count without exceptional incidents, and the outlier rule. */
  readonly excludingExceptional?: Figure<{
    readonly current: Figure<ValueAt>;
    readonly yearEarlier: Figure<ValueAt>;
  }>;
  readonly homicideOutlier?: Figure<HomicideOutlierJson>;
}

export interface SeriesPoint {
  readonly month: string;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly valueExcludingExceptional?: number;
  /** Rates: the rolling rate (percent) ending at this month. */
  readonly rolling?: number | null;
  /** SPC of the point (months up to the period's end): its type and the limits it was judged by. */
  readonly spc?: SpcPointJson;
  /** Counts: the month's 3-year average (the workspace's definition), where its three years are held. */
  readonly threeYearAverage?: number;
  /**
   * Counts, on request (seriesForecasts.ts): the forecast of this month fitted only on the months
   * before it, and its prediction interval at `level` (0.95). Absent where not asked for or where
   * the month could not be forecast.
   */
  readonly forecast?: {
    readonly value: number;
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
  };
}

export type MeasureStatus = 'ok' | 'external' | 'not_applicable' | 'source_not_loaded' | 'period_not_covered';

export interface MeasureJson {
  readonly id: string;
  readonly title: string;
  readonly priority: string;
  readonly kind: 'government' | 'force_proxy' | 'local';
  readonly source: string;
  readonly statistic: string;
  readonly direction: 'up' | 'down' | 'neutral';
  readonly unit: string;
  readonly classification: 'OFFICIAL' | 'OFFICIAL-SENSITIVE';
  /** False for OFFICIAL-SENSITIVE: never shown in a public output. */
  readonly public: boolean;
  readonly applicability: { readonly status: 'applicable' | 'not_applicable'; readonly reason?: string };
  readonly dataNote: string;
  readonly externalReason?: string;
  /** SHA-256 of what the measure counts (catalogue/measures/definitionHash.ts); absent in older results. */
  readonly definitionSha256?: string;
  readonly status: MeasureStatus;
  /** Why the status is not 'ok', in words. */
  readonly statusText?: string;
  readonly frequency?: 'month' | 'quarter';
  /**
   * Set when the figures come from a published table because the measure's own source is not
   * loaded: which table, released when, counting which codes.
   */
  readonly fedBy?: FedByJson;
  /** Rates: the 'action taken' outcome types and the rate basis, printed with every rate. */
  readonly rateDefinition?: {
    readonly actionTaken?: readonly number[];
    readonly rateBasis?: string;
    readonly rateBasisText: string;
    readonly rollingMonths: number;
  };
  readonly figures?: MeasureFigures;
  /**
   * Status 'ok' only: the ONE verdict on the period (better, worse, higher, lower, no real change,
   * not assessed), its basis and whether the two tests agree. Every output shows this verdict.
   */
  readonly verdict?: MeasureVerdict;
  readonly series?: readonly SeriesPoint[];
  /** Counts per district for the period and the one before, and what drove the change (districtBreakdown.ts). */
  readonly districts?: DistrictBreakdownJson;
  readonly provenance: readonly ProvenanceEntry[];
  /**
   * Count measures: the NCPM yardsticks, given whatever the status (a measure whose own source is
   * not loaded can still have them from the published tables).
   */
  readonly yardsticks?: YardsticksJson;
}

/** The latest 12 months against the baseline 12 months, and the force's place among the 43 forces. */
export interface YardsticksJson {
  readonly baseline: Figure<BaselineComparisonJson>;
  /** Measures the published tables cover (the catalogue's `published_heading`) only. */
  readonly national?: Figure<NationalPositionJson>;
}

export type * from './figureTypes.js';

export interface MeasuresResult {
  readonly schemaVersion: typeof MEASURES_SCHEMA_VERSION;
  readonly generatedAt: string;
  readonly force: { readonly slug: string; readonly name: string; readonly population: number };
  readonly period: PeriodJson;
  readonly settings: SettingsJson;
  readonly dataLoaded: readonly { dataset: string; first: string; last: string; periods: number }[];
  readonly measures: readonly MeasureJson[];
  readonly problems: readonly Problem[];
  /**
   * Police officer numbers as context (not an NCPM measure), when the Home Office police workforce
   * table is loaded for the force: FTE and headcount by 31 March, per 1,000 population, changes
   * since 2010 and the year before, the peer rank. Additive, so `schemaVersion` stays 1.
   */
  readonly officers?: OfficerNumbersJson;
  /**
   * Statements only: the figures of the previous statement that the data now give differently
   * (restatements.ts). Absent in a measures result that is not a statement's.
   */
  readonly restatements?: RestatementsJson;
}
