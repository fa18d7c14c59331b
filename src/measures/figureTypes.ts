/**
 * The JSON shapes of the figures the statistics engine computes (SPC, significance, forecast, peers,
 * the homicide outlier rule), built from the types stats/ and forecast/ export, so that a consumer
 * reading `figures.spc.variationIcon` gets the icon names stats can emit and no others. The shapes
 * are what figures.json holds, field for field (docs/measures-json.md).
 */
import type { ForecastVerdict } from '../forecast/forecastMonth.js';
import type { HomicideOutlierVerdict } from '../stats/homicideOutlier.js';
import type { PeerComparison } from '../stats/peers.js';
import type { CountComparison, SignificancePhraseKey } from '../stats/significance.js';
import type { AssuranceIcon, PointType, SpcRule, SpcSignal, VariationIcon } from '../stats/spc/types.js';

export type { ForecastVerdict } from '../forecast/forecastMonth.js';
export type { HomicideOutlierVerdict } from '../stats/homicideOutlier.js';
export type { SignificancePhraseKey } from '../stats/significance.js';
export type { AssuranceIcon, PointType, SpcRule, VariationIcon } from '../stats/spc/types.js';

/** One SPC rule firing over a stretch of months (stats/spc SpcSignal, with months for indices). */
export interface SpcSignalJson {
  readonly rule: SpcRule;
  readonly direction: SpcSignal['direction'];
  readonly meaning: SpcSignal['meaning'];
  readonly first: string;
  readonly last: string;
  /** Points the rule flags. */
  readonly points: number;
}

/** SPC of the monthly series up to the period's last month: the latest point and the signals. */
export interface SpcSummaryJson {
  readonly months: number;
  readonly first: string;
  readonly last: string;
  readonly mean: number;
  readonly lowerLimit: number;
  readonly upperLimit: number;
  readonly latestPointType: PointType;
  readonly latestRules: readonly SpcRule[];
  readonly variationIcon: VariationIcon | null;
  readonly assuranceIcon: AssuranceIcon | null;
  /**
   * The months whose values set the limits in force at the last point: the first `baselinePoints`
   * of the last rebase group (all of it when null). Every chart and sentence using the SPC says so.
   */
  readonly limitsFrom: { readonly first: string; readonly last: string };
  readonly options: {
    readonly baselinePoints: number | null;
    readonly rebase: readonly string[];
    readonly shiftLength: number;
    readonly trendLength: number;
    readonly screenOutliers: boolean;
  };
  readonly signals: readonly SpcSignalJson[];
  readonly warnings: readonly string[];
}

/** The SPC of one month of the series, for charts. */
export interface SpcPointJson {
  readonly pointType: PointType;
  readonly mean: number;
  readonly lpl: number;
  readonly upl: number;
}

/** The exact Poisson test of the period against the same period a year earlier (stats/significance). */
export interface SignificanceJson {
  /** The earlier period's label, e.g. 'Q4 2022/23'. */
  readonly comparedWith: string;
  readonly previous: number;
  readonly current: number;
  readonly pValue: number;
  readonly alpha: number;
  readonly significant: boolean;
  readonly direction: CountComparison['direction'];
  readonly verdict: SignificancePhraseKey;
  readonly phrase: string;
  readonly smallCounts: boolean;
  readonly method: CountComparison['method'];
}

/** The period's last month against its forecast from the months before it (forecast/). */
export interface ForecastJson {
  readonly month: string;
  readonly observed: number;
  readonly forecast: number;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  readonly verdict: ForecastVerdict;
  readonly fittedOn: { readonly first: string; readonly last: string; readonly months: number };
  readonly method: string;
}

/** One force in the peer table. */
export interface PeerRowJson {
  readonly slug: string;
  readonly name: string;
  readonly count: number;
  readonly population: number;
  readonly ratePer1000: number;
  readonly rank: number;
}

/** The force among its Most Similar Group (stats/peers). */
export interface PeersJson {
  readonly source: 'home_office' | 'police_uk';
  readonly period: string;
  readonly rank: number;
  readonly of: number;
  readonly text: string;
  readonly bestRank: PeerComparison['bestRank'];
  readonly bestRankText: PeerComparison['bestRankText'];
  readonly ratePer1000: number;
  readonly peerMean: PeerComparison['peerMean'];
  readonly gap: PeerComparison['gap'];
  readonly forces: readonly PeerRowJson[];
  /** Peers left out because their source does not cover the period. */
  readonly missing: readonly string[];
}

/** The Home Office homicide outlier rule (stats/homicideOutlier). */
export interface HomicideOutlierJson {
  readonly latest: { readonly first: string; readonly last: string; readonly count: number };
  readonly previous: { readonly first: string; readonly last: string; readonly count: number };
  readonly difference: number;
  readonly threshold: number;
  readonly verdict: HomicideOutlierVerdict;
  readonly text: string;
}
