/**
 * A measure in plain words for the public pages: the figure for the quarter, the change on the
 * same quarter last year, and whether that change is more than chance (the significance test for
 * counts, the SPC chart for rates). Every number is the measures result's own text or its value
 * through the project's one rounding rule.
 */
import type { MeasureJson, PointType } from '../../measures/result.js';
import { formatCount, roundHalfAwayFromZero } from '../../stats/rounding.js';

export type Movement = 'up' | 'down' | 'same' | 'unknown';

export interface MeasureSummary {
  /** '233 in Q4 2023/24', '7.7% in Q4 2023/24', or why there is no figure. */
  readonly figure: string;
  /** '43 fewer than in Q4 2022/23 (276), a fall of 16%'. */
  readonly change?: string;
  /** 'This is within normal variation.' */
  readonly meaning?: string;
  /** Which way the figure moved against a year earlier, and whether that way is good. */
  readonly movement: Movement;
  readonly good?: boolean;
  /** The movement as a short label: 'Down 16%', 'Up 3.5 points'. */
  readonly label: string;
}

const SPC_WORDS: Readonly<Record<PointType, string>> = {
  special_cause_improvement: 'The SPC chart shows this as a real improvement, not chance.',
  special_cause_concern: 'The SPC chart shows this as a real change for the worse, not chance.',
  special_cause_neutral_high: 'The SPC chart shows this as unusually high, not chance.',
  special_cause_neutral_low: 'The SPC chart shows this as unusually low, not chance.',
  common_cause: 'The SPC chart shows this within normal month-to-month variation.',
};

function goodness(measure: MeasureJson, movement: Movement): boolean | undefined {
  if (movement === 'same' || movement === 'unknown' || measure.direction === 'neutral') return undefined;
  return movement === measure.direction;
}

/** A summary's figure as a sentence: a full stop added unless it already ends one. */
export function figureSentence(figure: string): string {
  return /[.!?]$/.test(figure) ? figure : `${figure}.`;
}

export function summariseMeasure(measure: MeasureJson): MeasureSummary {
  const f = measure.figures;
  if (measure.status !== 'ok' || !f) {
    return {
      figure: measure.statusText ?? 'No figure for this period.',
      movement: 'unknown',
      label: 'No figure',
    };
  }
  const current = f.current;
  if (current.status !== 'ok')
    return { figure: 'No figure for this period yet.', movement: 'unknown', label: 'No figure' };
  const figure =
    f.kind === 'count'
      ? `${formatCount(current.value)} ${current.value === 1 ? measure.unit.replace(/s$/, '') : measure.unit} in ${current.period.label}`
      : `${current.text} in ${current.period.label}`;
  const before = f.yearEarlier;
  const change = f.changeOnYearEarlier;
  if (before.status !== 'ok' || change.status !== 'ok')
    return { figure, movement: 'unknown', label: 'No comparison' };
  const movement: Movement = change.difference > 0 ? 'up' : change.difference < 0 ? 'down' : 'same';
  const good = goodness(measure, movement);
  const base = { figure, movement, ...(good === undefined ? {} : { good }) };
  if (f.kind === 'count') {
    const difference = Math.abs(change.difference);
    const percent = change.percent === null ? undefined : roundHalfAwayFromZero(Math.abs(change.percent), 0);
    const words =
      movement === 'same'
        ? `the same as in ${before.period.label}`
        : `${formatCount(difference)} ${movement === 'up' ? 'more' : 'fewer'} than in ${before.period.label} (${formatCount(before.value)})${percent === undefined ? '' : `, a ${movement === 'up' ? 'rise' : 'fall'} of ${percent}%`}`;
    const meaning = f.significance.status === 'ok' ? `This is ${f.significance.phrase}.` : undefined;
    const label =
      movement === 'same'
        ? 'No change'
        : `${movement === 'up' ? 'Up' : 'Down'}${percent === undefined ? '' : ` ${percent}%`}`;
    return { ...base, change: words, label, ...(meaning ? { meaning } : {}) };
  }
  const points = roundHalfAwayFromZero(Math.abs(change.difference), 1).toFixed(1);
  const words =
    movement === 'same'
      ? `the same as in ${before.period.label}`
      : `${points} percentage points ${movement === 'up' ? 'higher' : 'lower'} than in ${before.period.label} (${before.text})`;
  const meaning = f.spc.status === 'ok' ? SPC_WORDS[f.spc.latestPointType] : undefined;
  const label = movement === 'same' ? 'No change' : `${movement === 'up' ? 'Up' : 'Down'} ${points} points`;
  return { ...base, change: words, label, ...(meaning ? { meaning } : {}) };
}
