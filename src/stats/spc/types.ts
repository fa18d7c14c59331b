/**
 * The vocabulary of statistical process control as NHS England's 'Making Data Count' uses it, with
 * the names NHSRplotthedots 0.2.2 gives them (snake_case values kept so that our output compares
 * field for field with the package's). See docs/statistics-spc.md for what each field means.
 */

import type { Problem } from '../../errors/problem.js';

/** Which way is better. 'neutral' means neither: signals are 'high' or 'low', never good or bad. */
export type ImprovementDirection = 'increase' | 'decrease' | 'neutral';

/** One observation: a date ('YYYY-MM' or 'YYYY-MM-DD'; one form per series) and its value. */
export interface SpcInputPoint {
  readonly date: string;
  readonly value: number;
}

export interface SpcOptions {
  /** Default 'increase' (the package's default). */
  readonly improvementDirection?: ImprovementDirection;
  /** Drop moving ranges at or above 3.267 × their mean before the limits. Default true (the package's default). */
  readonly screenOutliers?: boolean;
  /**
   * Only the first N points of each rebase group set its mean and limits; later points are judged
   * against them. `null` uses every point. Default 12 (Scrutiny's default; the package's is null).
   * At least 12, as the package requires.
   */
  readonly fixAfterNPoints?: number | null;
  /** Dates (in the series' own form) at which a new rebase group starts. Each must be one of the series' dates. */
  readonly rebase?: readonly string[];
  /** A target for the assurance icon; `null` or absent means no assurance. */
  readonly target?: number | null;
  /** Points on one side of the mean that make a shift. Default 7 (Making Data Count); 6 is also used. */
  readonly shiftLength?: number;
  /** Points in a row each strictly above (or below) the one before that make a trend. Default 7. */
  readonly trendLength?: number;
  /** A name for the series (e.g. a measure id), used to say where a problem is. */
  readonly label?: string;
}

/** The options after defaults, as the result reports them. */
export interface ResolvedSpcOptions {
  readonly improvementDirection: ImprovementDirection;
  readonly screenOutliers: boolean;
  readonly fixAfterNPoints: number | null;
  readonly rebase: readonly string[];
  readonly target: number | null;
  readonly shiftLength: number;
  readonly trendLength: number;
  readonly label: string;
}

/**
 * Why a point is special cause, after precedence (outside limits, then trend, then two-of-three,
 * then shift). `ptdSpecialCauseLabel` turns it into the package's wording.
 */
export type SpecialCauseType =
  | 'common_cause'
  | 'above_upper_limit'
  | 'below_lower_limit'
  | 'trend_increasing'
  | 'trend_decreasing'
  | 'two_in_three_above'
  | 'two_in_three_below'
  | 'shift_above'
  | 'shift_below';

export type PointType =
  | 'common_cause'
  | 'special_cause_improvement'
  | 'special_cause_concern'
  | 'special_cause_neutral_high'
  | 'special_cause_neutral_low';

/** The four rules. A point can break several at once; `SpecialCauseType` keeps only the first by precedence. */
export type SpcRule = 'outside_limits' | 'trend' | 'two_in_three' | 'shift';

/** The Making Data Count variation icon (file name without '.svg' in the package's icon set). */
export type VariationIcon =
  | 'common_cause'
  | 'improvement_high'
  | 'improvement_low'
  | 'concern_high'
  | 'concern_low'
  | 'neutral_high'
  | 'neutral_low';

/** Whether the process can be expected to meet its target: pass, fail, or hit and miss ('inconsistent'). */
export type AssuranceType = 'consistent_pass' | 'consistent_fail' | 'inconsistent';
export type AssuranceIcon = 'pass' | 'fail' | 'inconsistent';

export interface SpcPoint {
  /** Position in `SpcResult.points` (date order). */
  readonly index: number;
  readonly date: string;
  readonly value: number;
  /** 0 for the first group; +1 at each rebase date (1 from the start if the first date is a rebase date). */
  readonly rebaseGroup: number;
  /** True when the point is one of the group's first `fixAfterNPoints` (it helped set the limits). */
  readonly inBaseline: boolean;
  readonly mean: number;
  /** Lower and upper process limits: mean ∓ 2.66 × mean moving range. */
  readonly lpl: number;
  readonly upl: number;
  /** Strictly beyond a process limit. */
  readonly outsideLimits: boolean;
  /** The sign of value − mean: a point exactly on the mean is 0. */
  readonly relativeToMean: -1 | 0 | 1;
  /** Strictly beyond mean ± (2 × 2.66 / 3) × mean moving range ("two sigma") and not outside the limits. */
  readonly closeToLimits: boolean;
  readonly specialCauseType: SpecialCauseType;
  readonly specialCauseFlag: boolean;
  readonly pointType: PointType;
  /** Every rule the point is part of, in precedence order (may be empty). */
  readonly rulesFired: readonly SpcRule[];
  /** The point's group has fewer than 13 points (the package's threshold): its limits are trial limits. */
  readonly shortGroupWarning: boolean;
  readonly target: number | null;
}

export interface SpcGroupSummary {
  readonly rebaseGroup: number;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly mean: number;
  readonly lpl: number;
  readonly upl: number;
  /** Points in the group. */
  readonly n: number;
  /** Points that set the limits: min(n, fixAfterNPoints). */
  readonly baselineN: number;
  readonly commonCause: number;
  readonly specialCauseImprovement: number;
  readonly specialCauseConcern: number;
  /** The point type of the group's last point. */
  readonly variationType: PointType;
  /** Only on the last group, and only with a target and a direction that is not neutral. */
  readonly assuranceType: AssuranceType | null;
  readonly shortGroupWarning: boolean;
}

/**
 * One rule firing over a stretch of points, for narrative ("seven months in a row above the average").
 * Windows of the same rule and direction that overlap are merged into one signal.
 */
export interface SpcSignal {
  readonly rule: SpcRule;
  readonly rebaseGroup: number;
  /** 'up' = above the mean or limit, or rising; 'down' = below, or falling. */
  readonly direction: 'up' | 'down';
  /** What the direction means for this measure. */
  readonly meaning: 'improvement' | 'concern' | 'neutral';
  readonly firstIndex: number;
  readonly lastIndex: number;
  readonly firstDate: string;
  readonly lastDate: string;
  /** The points the rule flags: the whole stretch, except for two-of-three where only the close points count. */
  readonly pointIndices: readonly number[];
}

export interface SpcResult {
  readonly options: ResolvedSpcOptions;
  readonly points: readonly SpcPoint[];
  readonly groups: readonly SpcGroupSummary[];
  /** The latest point's type and icon; null for an empty series. */
  readonly variation: { readonly pointType: PointType; readonly icon: VariationIcon } | null;
  /** Against the target, judged on the latest point's limits; null without a target or when neutral. */
  readonly assurance: { readonly type: AssuranceType; readonly icon: AssuranceIcon } | null;
  readonly signals: readonly SpcSignal[];
  /** Warnings (severity 'warning'), e.g. a group too short for settled limits. */
  readonly warnings: readonly Problem[];
}
