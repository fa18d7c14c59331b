/**
 * The look shared by every chart, chosen for A4 print in greyscale: fonts that are installed on
 * the machines we render on (Debian's DejaVu, then Liberation, then any sans-serif), ink that
 * stays distinct when the colour is lost (dark line, mid-grey dashes, light fill), and sizes that
 * stay legible when a 600-pixel chart is printed 16 cm wide (about 9 pt labels).
 */
import type { Config } from 'vega-lite';

export const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Width of the plotting area in CSS pixels; with axes and legend the chart is about 620 wide. */
export const PLOT_WIDTH = 520;
export const PLOT_HEIGHT = 220;

/**
 * Colours: each pair of series differs in lightness as well as hue, so they read in greyscale.
 * The SPC colours follow NHS England's Making Data Count (blue improvement, orange concern,
 * purple neither), darkened where the originals are too pale to print.
 */
export const INK = {
  series: '#1f3864', // near-black navy: the recorded series
  reference: '#595959', // dark grey: averages and limits
  band: '#c9d3e3', // pale: intervals
  target: '#000000',
  grid: '#e0e0e0',
  improvement: '#005eb8',
  concern: '#c65d00',
  neither: '#6b2c91',
  commonCause: '#7f7f7f',
  // Bar fills: mid and light, so a black target tick shows on both and they differ in greyscale.
  metTargetFill: '#6f8fbf',
  belowTargetFill: '#f3c08f',
} as const;

export const baseConfig: Config = {
  // No per-mark ARIA: each chart is one image, named and described by its figure's title and alt
  // text (see labelSvg); Vega's generated labels ('t: Mar 01, 2022; …') would only add noise.
  aria: false,
  font: FONT_FAMILY,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: {
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 'normal',
    labelColor: '#262626',
    titleColor: '#262626',
    gridColor: INK.grid,
    domainColor: '#7f7f7f',
    tickColor: '#7f7f7f',
  },
  legend: {
    labelFontSize: 11,
    titleFontSize: 11,
    orient: 'bottom',
    direction: 'horizontal',
    symbolStrokeWidth: 2,
    labelLimit: 260,
  },
  title: { fontSize: 13, anchor: 'start', fontWeight: 'bold', color: '#000000' },
};
