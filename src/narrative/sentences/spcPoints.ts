/**
 * The points of an SPC chart from a measure's series: each point's value, the limits it was judged
 * by, and its signal in Making Data Count's words. One mapping for the statement, board and site.
 */
import type { SeriesPoint } from '../../measures/result.js';

export interface SpcChartPoint {
  readonly month: string;
  readonly value: number;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly signal?: 'improvement' | 'concern' | 'neither';
}

/** Points must carry `spc` and a value (callers filter on both). */
export function spcChartPoints(points: readonly SeriesPoint[]): SpcChartPoint[] {
  return points.map((p) => {
    const type = p.spc!.pointType;
    const signal =
      type === 'special_cause_improvement'
        ? ('improvement' as const)
        : type === 'special_cause_concern'
          ? ('concern' as const)
          : type === 'common_cause'
            ? undefined
            : ('neither' as const);
    return {
      month: p.month,
      value: p.value as number,
      mean: p.spc!.mean,
      lower: p.spc!.lpl,
      upper: p.spc!.upl,
      ...(signal ? { signal } : {}),
    };
  });
}
