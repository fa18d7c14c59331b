/**
 * A measure in plain words for the public pages: the figure for the quarter, the change on the
 * same quarter last year, and the measure's one verdict from the measures result (better, worse or
 * no real change, and what test it rests on), with the reconciling sentence where the period
 * comparison and the SPC chart disagree. Nothing here judges a change by its direction. Below the
 * small-numbers setting a change is written in counts, never as a percentage.
 */
import type { MeasureJson } from '../../measures/result.js';
import { formatCount, roundHalfAwayFromZero } from '../../stats/rounding.js';
import type { MeasureVerdict } from '../../stats/verdict.js';
import { countOf, countsLabel, verdictWords } from '../sentences/verdict.js';

export type Movement = 'up' | 'down' | 'same' | 'unknown';

export interface MeasureSummary {
  /** '233 in Q4 2023/24', '7.7% in Q4 2023/24', or why there is no figure. */
  readonly figure: string;
  /** '43 fewer than in Q4 2022/23 (276), a fall of 16%'; no percentage on small numbers. */
  readonly change?: string;
  /** The verdict's sentence, and the reconciling one when the two tests disagree. */
  readonly meaning?: string;
  /** Which way the figure moved against a year earlier. */
  readonly movement: Movement;
  /** The measures result's verdict: the only judgement shown. */
  readonly verdict?: MeasureVerdict;
  /** The movement as a short label: 'Down 16%', 'Up 3.5 points', 'Down from 3 to 1'. */
  readonly label: string;
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
      ? `${countOf(current.value, measure.unit)} in ${current.period.label}`
      : `${current.text} in ${current.period.label}`;
  const meaning = verdictWords(measure);
  const judged = {
    ...(measure.verdict ? { verdict: measure.verdict } : {}),
    ...(meaning ? { meaning } : {}),
  };
  const before = f.yearEarlier;
  const change = f.changeOnYearEarlier;
  if (before.status !== 'ok' || change.status !== 'ok')
    return { figure, movement: 'unknown', label: 'No comparison', ...judged };
  const movement: Movement = change.difference > 0 ? 'up' : change.difference < 0 ? 'down' : 'same';
  const base = { figure, movement, ...judged };
  if (f.kind === 'count') {
    const difference = Math.abs(change.difference);
    const small = Math.min(current.value, before.value) < smallBelow(measure);
    const percent =
      change.percent === null || small ? undefined : roundHalfAwayFromZero(Math.abs(change.percent), 0);
    const words =
      movement === 'same'
        ? `the same as in ${before.period.label}`
        : `${formatCount(difference)} ${movement === 'up' ? 'more' : 'fewer'} than in ${before.period.label} (${formatCount(before.value)})${percent === undefined ? '' : `, a ${movement === 'up' ? 'rise' : 'fall'} of ${percent}%`}`;
    const label =
      movement === 'same'
        ? 'No change'
        : small
          ? countsLabel(current.value, before.value)
          : `${movement === 'up' ? 'Up' : 'Down'}${percent === undefined ? '' : ` ${percent}%`}`;
    return { ...base, change: words, label };
  }
  const points = roundHalfAwayFromZero(Math.abs(change.difference), 1).toFixed(1);
  const words =
    movement === 'same'
      ? `the same as in ${before.period.label}`
      : `${points} percentage points ${movement === 'up' ? 'higher' : 'lower'} than in ${before.period.label} (${before.text})`;
  const label = movement === 'same' ? 'No change' : `${movement === 'up' ? 'Up' : 'Down'} ${points} points`;
  return { ...base, change: words, label };
}

/** The small-numbers threshold the measures were computed with (the verdict carries it). */
function smallBelow(measure: MeasureJson): number {
  return measure.verdict?.smallNumbersBelow ?? 10;
}
