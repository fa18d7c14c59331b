/**
 * From rule results to the words and icons of Making Data Count, as NHSRplotthedots 0.2.2 does it
 * (`ptd_special_cause_type`, `ptd_point_type`, `ptd_get_icons`, `ptd_calculate_assurance_type`).
 */
import type {
  AssuranceIcon,
  AssuranceType,
  ImprovementDirection,
  PointType,
  SpecialCauseType,
  VariationIcon,
} from './types.js';

export interface PointRuleState {
  readonly outsideLimits: boolean;
  readonly relativeToMean: -1 | 0 | 1;
  readonly partOfTrend: boolean;
  /** The trend label sign (see trendLabelSigns): +1 increasing, anything else decreasing. */
  readonly trendSign: number;
  readonly partOfTwoInThree: boolean;
  readonly partOfShift: boolean;
}

/** The catalogue says which way is good as up, down or neutral; Making Data Count says increase, decrease, neutral. */
export function spcDirection(good: 'up' | 'down' | 'neutral'): ImprovementDirection {
  return good === 'up' ? 'increase' : good === 'down' ? 'decrease' : 'neutral';
}

/** Precedence: outside the limits, then trend, then two-of-three, then shift. */
export function specialCauseType(p: PointRuleState): SpecialCauseType {
  const above = p.relativeToMean > 0;
  if (p.outsideLimits) return p.relativeToMean === 1 ? 'above_upper_limit' : 'below_lower_limit';
  if (p.partOfTrend) return p.trendSign === 1 ? 'trend_increasing' : 'trend_decreasing';
  if (p.partOfTwoInThree) return above ? 'two_in_three_above' : 'two_in_three_below';
  if (p.partOfShift) return above ? 'shift_above' : 'shift_below';
  return 'common_cause';
}

/** +1 for above or rising, −1 for below or falling, 0 for common cause. */
export function specialCauseSign(type: SpecialCauseType): -1 | 0 | 1 {
  switch (type) {
    case 'common_cause':
      return 0;
    case 'above_upper_limit':
    case 'trend_increasing':
    case 'two_in_three_above':
    case 'shift_above':
      return 1;
    default:
      return -1;
  }
}

/** The sign turned by the improvement direction into improvement, concern, or neutral high/low. */
export function pointType(type: SpecialCauseType, direction: ImprovementDirection): PointType {
  const sign = specialCauseSign(type);
  if (sign === 0) return 'common_cause';
  if (direction === 'neutral') return sign > 0 ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
  const oriented = direction === 'increase' ? sign : -sign;
  return oriented > 0 ? 'special_cause_improvement' : 'special_cause_concern';
}

/**
 * The variation icon of a point type. As in the package, 'high'/'low' on improvement and concern
 * follows the improvement direction, not the point: with 'increase', improvement is high and concern
 * is low; otherwise improvement is low and concern is high.
 */
export function variationIcon(type: PointType, direction: ImprovementDirection): VariationIcon {
  const increasing = direction === 'increase';
  switch (type) {
    case 'common_cause':
      return 'common_cause';
    case 'special_cause_neutral_high':
      return 'neutral_high';
    case 'special_cause_neutral_low':
      return 'neutral_low';
    case 'special_cause_concern':
      return increasing ? 'concern_low' : 'concern_high';
    case 'special_cause_improvement':
      return increasing ? 'improvement_high' : 'improvement_low';
  }
}

/**
 * Assurance of meeting `target`, judged on one point's limits: for 'increase', a target above the
 * upper limit will consistently be failed and one below the lower limit consistently passed;
 * reversed for 'decrease'; a target between or on the limits is hit and miss ('inconsistent').
 * No assurance without a target or for a neutral measure.
 */
export function assuranceType(
  target: number | null,
  direction: ImprovementDirection,
  limits: { readonly lpl: number; readonly upl: number },
): AssuranceType | null {
  if (target === null || direction === 'neutral') return null;
  const increasing = direction === 'increase';
  if (target > limits.upl) return increasing ? 'consistent_fail' : 'consistent_pass';
  if (target < limits.lpl) return increasing ? 'consistent_pass' : 'consistent_fail';
  return 'inconsistent';
}

export function assuranceIcon(type: AssuranceType): AssuranceIcon {
  if (type === 'consistent_pass') return 'pass';
  if (type === 'consistent_fail') return 'fail';
  return 'inconsistent';
}

/**
 * The package's wording of a special cause type ('7 Point Trend (Increasing)', '2 in 3 Above CL', …),
 * with the configured lengths in place of 7.
 */
export function ptdSpecialCauseLabel(type: SpecialCauseType, shiftLength = 7, trendLength = 7): string {
  switch (type) {
    case 'common_cause':
      return 'Common Cause';
    case 'above_upper_limit':
      return 'Above UCL';
    case 'below_lower_limit':
      return 'Below LCL';
    case 'trend_increasing':
      return `${trendLength} Point Trend (Increasing)`;
    case 'trend_decreasing':
      return `${trendLength} Point Trend (Decreasing)`;
    case 'two_in_three_above':
      return '2 in 3 Above CL';
    case 'two_in_three_below':
      return '2 in 3 Below CL';
    case 'shift_above':
      return `${shiftLength} Points Above CL`;
    case 'shift_below':
      return `${shiftLength} Points Below CL`;
  }
}
