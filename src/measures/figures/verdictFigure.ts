/**
 * The measure's one verdict for the period (src/stats/verdict.ts), from the figures already
 * computed: the exact test of the period against a year earlier (counts) and the SPC type and
 * rules of the chart's last point, which is the period's last month. Every output takes this and
 * judges nothing itself.
 */
import { type MeasureVerdict, measureVerdict } from '../../stats/verdict.js';
import type { MeasureFigures } from '../result.js';

export function verdictFigure(
  figures: Pick<MeasureFigures, 'significance' | 'spc' | 'changeOnYearEarlier' | 'yearEarlier'>,
  direction: 'up' | 'down' | 'neutral',
  periodLast: string,
  smallNumbersBelow: number,
): MeasureVerdict {
  const s = figures.significance;
  const spc = figures.spc;
  const periodTest =
    s.status === 'ok'
      ? {
          significant: s.significant === true,
          direction: s.direction as 'increase' | 'decrease' | 'none',
          previous: Number(s.previous),
          current: Number(s.current),
          comparedWith: String(s.comparedWith),
        }
      : undefined;
  const latestPoint =
    spc.status === 'ok' && spc.last === periodLast
      ? {
          month: periodLast,
          pointType: String(spc.latestPointType),
          rules: Array.isArray(spc.latestRules) ? spc.latestRules.map(String) : [],
        }
      : undefined;
  const change = figures.changeOnYearEarlier;
  const earlier = figures.yearEarlier;
  const periodChange =
    change.status === 'ok' && earlier.status === 'ok'
      ? ({
          direction: change.difference > 0 ? 'increase' : change.difference < 0 ? 'decrease' : 'none',
          comparedWith: earlier.period.label,
        } as const)
      : undefined;
  return measureVerdict({
    direction,
    ...(periodTest ? { periodTest } : periodChange ? { periodChange } : {}),
    ...(latestPoint ? { latestPoint } : {}),
    smallNumbersBelow,
  });
}
