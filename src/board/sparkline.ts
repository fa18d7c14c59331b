/**
 * A sparkline: the last 25 months as a small line, drawn inline in a table cell. It shows the
 * shape only (no axes); the numbers are in its text alternative (sparklineText, in
 * src/narrative/board/summaryWords.ts), so a screen-reader user gets what a glance gives.
 */
import { sparklineText } from '../narrative/board/summaryWords.js';
import { escapeXml } from '../report/charts/svgTools.js';
import { INK } from '../report/charts/theme.js';
import type { SparklinePoint } from './model.js';

export const SPARKLINE_WIDTH = 120;
export const SPARKLINE_HEIGHT = 30;
const PAD = 3;

/** Coordinates rounded to 0.1 px: enough for the eye, and stable bytes for golden files. */
const r = (v: number) => Math.round(v * 10) / 10;

/** The sparkline as an inline SVG element labelled with its text alternative. */
export function sparklineSvg(points: readonly SparklinePoint[], unit: 'count' | 'percent'): string {
  const label = escapeXml(sparklineText(points, unit));
  const open = `<svg class="sparkline" xmlns="http://www.w3.org/2000/svg" width="${SPARKLINE_WIDTH}" height="${SPARKLINE_HEIGHT}" viewBox="0 0 ${SPARKLINE_WIDTH} ${SPARKLINE_HEIGHT}" role="img" aria-label="${label}">`;
  if (points.length === 0) return `${open}</svg>`;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? (SPARKLINE_WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const xy = values.map((v, i) => {
    const y = max === min ? SPARKLINE_HEIGHT / 2 : PAD + ((max - v) / span) * (SPARKLINE_HEIGHT - 2 * PAD);
    return [r(PAD + i * step), r(y)] as const;
  });
  const line = xy.map(([x, y]) => `${x},${y}`).join(' ');
  const [lx, ly] = xy.at(-1)!;
  return (
    `${open}<polyline points="${line}" fill="none" stroke="${INK.series}" stroke-width="1.5" stroke-linejoin="round"/>` +
    `<circle cx="${lx}" cy="${ly}" r="2.5" fill="${INK.series}"/></svg>`
  );
}
