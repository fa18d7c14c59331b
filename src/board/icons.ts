/**
 * The SPC result names its icons as NHSRplotthedots does (src/stats/spc/types.ts); the icon
 * drawings in src/report/charts/mdcIcons.ts use Making Data Count's own words ('neither',
 * 'hit and miss'). This maps one onto the other, and says which icons make a row an exception.
 */
import type { AssuranceIcon, VariationIcon } from '../report/charts/mdcIcons.js';

const VARIATION: Readonly<Record<string, VariationIcon>> = {
  common_cause: 'common-cause',
  improvement_high: 'improvement-high',
  improvement_low: 'improvement-low',
  concern_high: 'concern-high',
  concern_low: 'concern-low',
  neutral_high: 'neither-high',
  neutral_low: 'neither-low',
};

const ASSURANCE: Readonly<Record<string, AssuranceIcon>> = {
  pass: 'pass',
  fail: 'fail',
  inconsistent: 'hit-and-miss',
};

/** The drawing for an SPC variation icon name; undefined for a name this version does not know. */
export function variationIconOf(name: unknown): VariationIcon | undefined {
  return typeof name === 'string' ? VARIATION[name] : undefined;
}

export function assuranceIconOf(name: unknown): AssuranceIcon | undefined {
  return typeof name === 'string' ? ASSURANCE[name] : undefined;
}

/** Why a row is an exception, most pressing first: the order exception rows take within a priority. */
export const EXCEPTION_REASONS = ['concern', 'failing', 'neither', 'improvement'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

/**
 * A row is an exception when its latest point shows special cause variation (of any kind: an
 * improvement is a real change the board should see too) or its assurance icon is 'fail'.
 */
export function exceptionReasons(
  variation: VariationIcon | undefined,
  assurance: AssuranceIcon | undefined,
): ExceptionReason[] {
  const reasons: ExceptionReason[] = [];
  if (variation?.startsWith('concern')) reasons.push('concern');
  if (assurance === 'fail') reasons.push('failing');
  if (variation?.startsWith('neither')) reasons.push('neither');
  if (variation?.startsWith('improvement')) reasons.push('improvement');
  return reasons;
}

/** 0 for the most pressing; rows that are no exception rank after all exceptions. */
export function exceptionRank(reasons: readonly ExceptionReason[]): number {
  const first = reasons[0];
  return first === undefined ? EXCEPTION_REASONS.length : EXCEPTION_REASONS.indexOf(first);
}
