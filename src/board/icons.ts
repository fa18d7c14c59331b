/**
 * Which Making Data Count icons make a board row an exception (the icons themselves are mapped
 * from the SPC's names in src/report/charts/mdcIconNames.ts).
 */
import type { AssuranceIcon, VariationIcon } from '../report/charts/mdcIcons.js';

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
