/**
 * The settings every measure is computed with, taken once from the workspace configuration so that
 * the figures and the JSON that reports them cannot disagree. They are printed with the results
 * (the 'action taken' set and the rate basis are conventions a reader must be able to see).
 */
import { type Period, rolling12Period } from '../stats/calendar.js';
import { type NumberStyle, resolveStyle } from '../stats/numberStyle.js';
import type { ThreeYearAverageDefinition } from '../stats/threeYearAverage.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import type { OutcomeSettings, RateBasis } from './compileSeries.js';

export interface MeasureSettings {
  readonly outcomes: OutcomeSettings;
  /** Months in the rolling 'action taken' rate (default 3). */
  readonly outcomeRollingMonths: number;
  /** Months in the rolling satisfaction rate (default 6). */
  readonly satisfactionRollingMonths: number;
  /** Target satisfaction (%) per cohort. */
  readonly satisfactionTargets: Readonly<Record<string, number>>;
  readonly threeYearAverage: ThreeYearAverageDefinition;
  readonly spc: {
    readonly baselinePoints: number | null;
    /** SPC over the last N months to the period's end (the charted window); null: all history. */
    readonly windowMonths?: number | null;
    readonly rebase: readonly string[];
    readonly shiftPoints: number;
    readonly trendPoints: number;
    readonly screenOutliers: boolean;
  };
  readonly significanceLevel: number;
  /** Fewer than this in either compared period: the counts are written, never a percentage. */
  readonly smallNumbersBelow: number;
  /** Months of history fetched before the period's end (the series the JSON carries). */
  readonly historyMonths: number;
  /** The NCPM baseline 12 months (workspace `baseline`; validated as 12 months when read). */
  readonly baseline: Period;
  /** How changes and volumes are written (the config's `style:`). */
  readonly style: NumberStyle;
}

/** Five years: enough for a financial year, its year-earlier and a 3-year average of each. */
export const HISTORY_MONTHS = 60;

export function measureSettings(config: WorkspaceConfig): MeasureSettings {
  return {
    outcomes: { actionTaken: [...config.outcomes.action_taken], rateBasis: config.outcomes.rate_basis },
    outcomeRollingMonths: config.outcomes.rolling_months,
    satisfactionRollingMonths: config.satisfaction.rolling_months,
    satisfactionTargets: config.satisfaction.targets,
    threeYearAverage: config.statistics.three_year_average,
    spc: {
      baselinePoints: config.statistics.spc_baseline_points,
      windowMonths: config.statistics.spc_window_months,
      rebase: config.statistics.spc_rebase,
      shiftPoints: config.statistics.spc_shift_points,
      trendPoints: config.statistics.spc_trend_points,
      screenOutliers: config.statistics.spc_screen_outliers,
    },
    significanceLevel: config.statistics.significance_level,
    smallNumbersBelow: config.statistics.small_numbers_below,
    historyMonths: HISTORY_MONTHS,
    baseline: rolling12Period(config.baseline.to),
    style: styleOf(config.style),
  };
}

/** The config's `style:` as the rules it stands for: the preset, with each rule set beside it replacing the preset's. */
export function styleOf(style: WorkspaceConfig['style']): NumberStyle {
  return resolveStyle(style.preset, {
    percentDecimalsBelow10: style.percent_decimals_below_10,
    thousandsSeparator: style.thousands_separator,
    nEquals: style.n_equals,
    signWithVerb: style.sign_with_verb,
    directionWords: style.direction_words,
  });
}

/** The rate basis in words, printed beside every outcome rate. */
export function rateBasisText(basis: RateBasis): string {
  return basis === 'assigned_in_period'
    ? 'outcomes assigned in the period divided by crimes recorded in the period'
    : 'outcomes of the crimes recorded in the period divided by those crimes';
}

/** The settings as the result JSON prints them (MeasuresResult.settings), with the conventions in words. */
export interface SettingsJson {
  readonly actionTaken: readonly number[];
  readonly rateBasis: RateBasis;
  readonly rateBasisText: string;
  readonly outcomeRollingMonths: number;
  readonly satisfactionRollingMonths: number;
  readonly satisfactionTargets: Readonly<Record<string, number>>;
  readonly threeYearAverage: ThreeYearAverageDefinition;
  readonly threeYearAverageInLine: string;
  readonly inLineWithForecast: string;
  readonly spc: MeasureSettings['spc'];
  readonly significanceLevel: number;
  readonly significanceTest: string;
  /** Fewer than this in either compared period: counts, never a percentage (optional: older results lack it). */
  readonly smallNumbersBelow?: number;
  readonly historyMonths: number;
  readonly peerRank: string;
  /** The NCPM baseline 12 months (optional: older results lack it). */
  readonly baseline?: { readonly first: string; readonly last: string; readonly label: string };
  /** How changes and volumes are written (optional: older results lack it; their texts are the house style's). */
  readonly style?: NumberStyle;
}

export function settingsJson(settings: MeasureSettings): SettingsJson {
  return {
    actionTaken: settings.outcomes.actionTaken,
    rateBasis: settings.outcomes.rateBasis,
    rateBasisText: rateBasisText(settings.outcomes.rateBasis),
    outcomeRollingMonths: settings.outcomeRollingMonths,
    satisfactionRollingMonths: settings.satisfactionRollingMonths,
    satisfactionTargets: settings.satisfactionTargets,
    threeYearAverage: settings.threeYearAverage,
    threeYearAverageInLine: 'between the lowest and the highest of the values averaged',
    inLineWithForecast: 'the observed value lies inside the 95% prediction interval',
    spc: settings.spc,
    significanceLevel: settings.significanceLevel,
    significanceTest: 'exact test for two Poisson counts (conditional binomial), two-sided',
    smallNumbersBelow: settings.smallNumbersBelow,
    historyMonths: settings.historyMonths,
    peerRank:
      'rate per 1,000 population; each rank says whether it counts from the highest or the lowest rate',
    baseline: {
      first: settings.baseline.first,
      last: settings.baseline.last,
      label: settings.baseline.label,
    },
    style: settings.style,
  };
}
