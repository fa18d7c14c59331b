/**
 * The gap to target. The target is the catalogue's, or for a satisfaction cohort the workspace's
 * (satisfaction.targets). Satisfaction is judged on its rolling rate (the reference report compares
 * the rolling 6-month 'whole experience' rate with the target); anything else on the period's value.
 */
import type { Measure } from '../../catalogue/measures/schema.js';
import { formatCountChange, formatPercentagePointChange } from '../../stats/rounding.js';
import type { Figure, MeasureFigures } from '../result.js';
import type { MeasureSettings } from '../settings.js';
import { notAvailable } from './common.js';
import type { CoreFigures } from './countFigures.js';

export function targetFigure(
  measure: Measure,
  core: CoreFigures,
  settings: MeasureSettings,
): MeasureFigures['target'] {
  const cohort = measure.selection.cohort;
  const workspaceTarget = cohort === undefined ? undefined : settings.satisfactionTargets[cohort];
  const target = measure.target ?? workspaceTarget;
  if (target === undefined) return notAvailable('no target set');
  const judged: Figure<{ value: number }> =
    measure.statistic === 'satisfaction_rate' ? core.rolling : core.current;
  if (judged.status !== 'ok') return judged;
  const gap = judged.value - target;
  const met = measure.direction === 'up' ? gap >= 0 : measure.direction === 'down' ? gap <= 0 : null;
  const isRate = core.kind === 'rate';
  return {
    status: 'ok',
    target,
    source: measure.target !== undefined ? 'catalogue' : 'workspace',
    gap,
    met,
    text: isRate
      ? `${formatPercentagePointChange(gap)} against the target of ${target}%`
      : `${formatCountChange(gap)} against the target of ${target}`,
  };
}
