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
    /** Months the SPC is computed over, to the period's end; null: all history (optional: older results). */
    readonly windowMonths?: number | null;
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

/** A peer left out of the ranking: no data for these months of the period. */
export interface PeerLeftOutJson {
  readonly slug: string;
  readonly name: string;
  readonly months: readonly string[];
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
  /** The same peers with their names and the months of the period their source lacks. */
  readonly leftOut: readonly PeerLeftOutJson[];
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

/** Where a 12-month figure of the baseline comparison came from. */
export type TwelveMonthsSource = 'force_extract' | 'home_office' | 'police_uk' | 'published_table';

/** A published table a figure was read from (ONS police force area data tables). */
export interface PublishedTableJson {
  /** As published: 'Table C2: Number of police recorded crimes for headline offences ...'. */
  readonly title: string;
  /** 'C2', 'P1'. */
  readonly tableName: string;
  readonly first: string;
  readonly last: string;
  /** The heading read, as the catalogue names it: 'Residential burglary'. */
  readonly heading: string;
}

/** One 12 months of a count measure and its source. */
export interface TwelveMonthsJson {
  readonly first: string;
  readonly last: string;
  /** '12 months to June 2025'. */
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly source: TwelveMonthsSource;
  /** The source as a reader names it: 'the force's record-level crime data', 'ONS police force area data tables (Table C2)'. */
  readonly sourceText: string;
  /** Published tables only: which table. */
  readonly table?: PublishedTableJson;
}

/**
 * The latest 12 months against the NCPM baseline 12 months (the workspace `baseline` setting), with
 * the exact Poisson test the other comparisons use. When the two come from different sources,
 * `sameSource` is false and every output names both.
 */
export interface BaselineComparisonJson {
  readonly latest: TwelveMonthsJson;
  readonly baseline: TwelveMonthsJson;
  /** latest − baseline. */
  readonly difference: number;
  /** 100 × difference / baseline; null when the baseline is 0. */
  readonly percent: number | null;
  /** '-6.2% (-2,614)', the house style of every count change. */
  readonly changeText: string;
  readonly significance: SignificanceJson;
  readonly sameSource: boolean;
}

/** A force area left out of the national ranking because the table gives no figure for it. */
export interface MissingForceJson {
  readonly slug: string;
  readonly name: string;
  /** The marker the table writes instead ('..', '[x]'), or null when the force has no row. */
  readonly marker: string | null;
}

/**
 * The force among the 43 territorial forces of England and Wales, from a published table: rate per
 * 1,000 residents (built-in mid-year populations), the England and Wales rate and the peers'
 * average rate, the rank with its direction, and the percentage change beside the national one
 * when a table for the 12 months a year earlier is loaded.
 */
export interface NationalPositionJson {
  readonly table: PublishedTableJson;
  /** '12 months to June 2025'. */
  readonly label: string;
  readonly count: number;
  readonly population: number;
  /** 'ONS mid-year population estimate, mid-2023': the population year is always stated. */
  readonly populationSource: string;
  readonly ratePer1000: number;
  readonly englandAndWales: {
    readonly count: number;
    readonly population: number;
    readonly ratePer1000: number;
  };
  /** Plain mean of the peers' rates (force excluded); null without peers in the table. */
  readonly peerAverage: { readonly ratePer1000: number; readonly peers: readonly string[] } | null;
  /** 1 = highest rate. */
  readonly rank: number;
  readonly of: number;
  /** '8th lowest rate of 43' (stats/ordinal rankText). */
  readonly rankText: string;
  /** Forces the table gives no figure for: left out of the ranking, and named. */
  readonly missing: readonly MissingForceJson[];
  /** Percentage change on the same 12 months a year earlier, the force's beside England and Wales's. */
  readonly change: {
    readonly comparedWith: string;
    readonly forcePercent: number | null;
    readonly englandAndWalesPercent: number | null;
  } | null;
}

/**
 * The published table that fed a measure whose own source is not loaded (the catalogue's
 * `fallback`): every output states it beside the figures (narrative/sentences/publishedSource.ts).
 */
export interface FedByJson {
  readonly source: 'home_office';
  /** The measure's own source, which was not loaded (e.g. 'force_extract'). */
  readonly insteadOf: string;
  /** The table's name as its publisher gives it. */
  readonly name: string;
  /** '26 July 2023', from the published file's name; null when the file does not say. */
  readonly released: string | null;
  /** The latest quarter the table holds for the force, e.g. 'Q4 2017/18'. */
  readonly latestQuarter: string | null;
  /** The Home Office offence codes counted. */
  readonly offenceCodes: readonly string[];
  /** False when no public source confirms that these codes make the measure: an assumption to check. */
  readonly codesConfirmed: boolean;
  /** What the published count covers, in plain words. */
  readonly note: string;
}

/** Police officers of a force at one 31 March (Home Office police workforce open data table). */
export interface OfficerCountJson {
  /** '2023-03-31'. */
  readonly asAt: string;
  /** '31 March 2023'. */
  readonly label: string;
  /** Full-time equivalent officers; '1,101.8' in `fteText`. */
  readonly fte: number;
  readonly headcount: number;
  readonly fteText: string;
  readonly headcountText: string;
  /** The population divided by, with its source ('2011 Census' where no mid-year estimate is built in). */
  readonly population: {
    readonly value: number;
    readonly source: string;
    readonly censusFallback: boolean;
  } | null;
  /** FTE officers per 1,000 population. */
  readonly per1000: number | null;
  readonly per1000Text: string | null;
}

/** The change in FTE officers between two 31 Marches. */
export interface OfficerChangeJson {
  readonly from: string;
  readonly to: string;
  readonly fromFte: number;
  readonly difference: number;
  /** Null when there were none to start from. */
  readonly percent: number | null;
  /** '+13% (+128.9)'. */
  readonly text: string;
}

/**
 * Officer numbers as context (not an NCPM measure): every year held, the latest, the change since
 * 31 March 2010 and since the year before, and the force's rank among its peers by FTE officers per
 * 1,000 population ('2nd highest number of officers per 1,000 population of 4').
 */
export interface OfficerNumbersJson {
  readonly source: { readonly name: string; readonly released: string | null };
  readonly years: readonly OfficerCountJson[];
  readonly latest: OfficerCountJson;
  readonly since2010: OfficerChangeJson | null;
  readonly sinceLastYear: OfficerChangeJson | null;
  readonly peers: {
    readonly asAt: string;
    readonly rank: number;
    readonly of: number;
    readonly rankText: string;
    readonly peerAverage: number;
    readonly forces: readonly {
      readonly slug: string;
      readonly name: string;
      readonly fte: number;
      readonly population: number;
      readonly populationSource: string;
      readonly per1000: number;
      readonly rank: number;
    }[];
    /** Peers the table holds no figure for at that date, by name. */
    readonly missing: readonly string[];
  } | null;
}
