/**
 * An SPC point in Making Data Count's words, as the statement, the board and the site all read it
 * (from stats' one reading of point types, src/stats/verdict.ts signalOfPoint): a month is an
 * improvement, a concern, or a special cause with no good direction (high or low); common cause is
 * no signal. A chart draws high and
 * low alike, as 'neither'. Also the points of an SPC chart from a measure's series.
 */
import type { PointType, SeriesPoint } from '../../measures/result.js';
import { type SpcSignal, signalOfPoint } from '../../stats/verdict.js';

export type PointSignal = Exclude<SpcSignal, 'none'>;

/** The signal of a month's SPC point (stats' reading of it); undefined for common cause. */
export function pointSignal(type: PointType): PointSignal | undefined {
  const signal = signalOfPoint(type);
  return signal === 'none' ? undefined : signal;
}

export type ChartSignal = 'improvement' | 'concern' | 'neither';

/** The signal as a chart colours it: high and low are both 'neither'. */
export function chartSignal(type: PointType): ChartSignal | undefined {
  const signal = pointSignal(type);
  return signal === 'high' || signal === 'low' ? 'neither' : signal;
}

export interface SpcChartPoint {
  readonly month: string;
  readonly value: number;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly signal?: ChartSignal;
}

/** Points must carry `spc` and a value (callers filter on both). */
export function spcChartPoints(points: readonly SeriesPoint[]): SpcChartPoint[] {
  return points.map((p) => {
    const signal = chartSignal(p.spc!.pointType);
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
