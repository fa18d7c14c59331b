/**
 * Captions from what a chart draws: a caption names a series only when the chart has a layer of
 * that name (ChartResult.layers), so a chart drawn without its forecast is never captioned 'with
 * the forecast'. The consistency test over every output checks this against each chart's legend.
 */

/** The layers a caption may name, in the order it names them, with the words it uses. */
const NAMED: readonly [RegExp, string][] = [
  [/^3-year average$/, 'the 3-year average'],
  [/^Forecast$/, 'the forecast'],
  [/^Target$/, 'the target'],
];

/** ', with the 3-year average and the forecast (95% interval)', or '' when only the data is drawn. */
export function withLayers(layers: readonly string[]): string {
  const named = NAMED.filter(([name]) => layers.some((l) => name.test(l))).map(([, words]) => words);
  if (named.length === 0) return '';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const interval = layers.map((l) => /^Forecast (\d+)% interval$/.exec(l)?.[1]).find((x) => x !== undefined);
  return `, with ${list}${interval ? ` (${interval}% interval)` : ''}`;
}

/** The caption of a measure's chart on its page, from the kind of chart and the layers drawn. */
export function measureChartCaption(
  title: string,
  kind: 'volumes' | 'rate' | 'spc',
  layers: readonly string[],
): string {
  if (kind === 'spc') return `${title}: statistical process control chart`;
  if (kind === 'rate') return `${title}: the rate month by month${withLayers(layers)}`;
  return `${title}: crimes recorded month by month${withLayers(layers)}`;
}
