/**
 * Back-test of the forecaster's 95% interval on long seeded synthetic series.
 *
 *   TZ=Europe/London npx tsx bench/forecast-backtest.ts
 *
 * Each series is 15 years of monthly counts (Poisson, or negative binomial where overdispersed)
 * with a trend and a 12-month season. For every month after a 36-month warm-up the forecaster is
 * fitted on the months before it only, and the month is checked against the interval. Prints the
 * coverage per series, with and without the count floor, and the median time of one fit. Then,
 * unless BENCH_FORECAST_MEASURES=0, the same back-test on each count measure of the demo workspace
 * (bench/lib/measureBacktest.ts): coverage, months above and below, and the median interval width.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backtestForecast, type SyntheticSeriesSpec, syntheticCountSeries } from '../src/forecast/index.js';
import { demoMeasureBacktests } from './lib/measureBacktest.js';

const SERIES: (Omit<SyntheticSeriesSpec, 'firstMonth' | 'months'> & { name: string })[] = [
  { name: 'homicide-like, mean 0.4', seed: 1, baseMean: 0.4, seasonalAmplitude: 0.1 },
  { name: 'small, mean 5', seed: 2, baseMean: 5, trendPerMonth: 0.002, seasonalAmplitude: 0.2 },
  { name: 'robbery-like, mean 30', seed: 3, baseMean: 30, trendPerMonth: -0.001, seasonalAmplitude: 0.15 },
  { name: 'burglary-like, mean 150', seed: 4, baseMean: 150, trendPerMonth: -0.002, seasonalAmplitude: 0.2 },
  { name: 'violence-like, mean 400', seed: 5, baseMean: 400, trendPerMonth: 0.003, seasonalAmplitude: 0.12 },
  { name: 'large, mean 2000', seed: 6, baseMean: 2000, trendPerMonth: 0.001, seasonalAmplitude: 0.1 },
  {
    name: 'overdispersed, mean 150, d 0.01',
    seed: 7,
    baseMean: 150,
    seasonalAmplitude: 0.2,
    overdispersion: 0.01,
  },
  {
    name: 'overdispersed, mean 400, d 0.005',
    seed: 8,
    baseMean: 400,
    trendPerMonth: 0.002,
    seasonalAmplitude: 0.12,
    overdispersion: 0.005,
  },
];

const clock = () => performance.now();
const fitTimes: number[] = [];
let tested = 0;
let inside = 0;
let insideRaw = 0;

console.log('series                               months  coverage  above below  (no floor)');
for (const spec of SERIES) {
  const series = syntheticCountSeries({ ...spec, firstMonth: '2009-04', months: 180 });
  const floored = backtestForecast(series, { warmUpMonths: 36, clock });
  const raw = backtestForecast(series, { warmUpMonths: 36, countFloor: false });
  for (const month of floored.months) fitTimes.push(month.fitMilliseconds ?? 0);
  tested += floored.tested;
  inside += floored.inside;
  insideRaw += raw.inside;
  console.log(
    `${spec.name.padEnd(36)} ${String(floored.tested).padStart(6)}  ${(floored.coverage ?? 0).toFixed(3).padStart(8)}  ${String(floored.above).padStart(5)} ${String(floored.below).padStart(5)}  (${(raw.coverage ?? 0).toFixed(3)})`,
  );
}
fitTimes.sort((a, b) => a - b);
const median = fitTimes[Math.floor(fitTimes.length / 2)] ?? 0;
console.log(
  `\nall series: ${tested} months, coverage ${(inside / tested).toFixed(3)} (no floor ${(insideRaw / tested).toFixed(3)}), nominal 0.95`,
);
console.log(`median fit and forecast time: ${median.toFixed(1)} ms (${fitTimes.length} fits)`);

if (process.env.BENCH_FORECAST_MEASURES !== '0') {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const rows = demoMeasureBacktests(root, join(root, 'bench', '.work', 'forecast-measures'));
  console.log('\nper measure (demo workspace, 36-month warm-up, to March 2024):');
  console.log('measure                                   months  coverage  above below  width/point  flag');
  for (const r of rows) {
    console.log(
      `${r.id.padEnd(40)} ${String(r.months).padStart(7)}  ${(r.coverage ?? 0).toFixed(3).padStart(8)}  ${String(r.above).padStart(5)} ${String(r.below).padStart(5)}  ${(r.relativeWidth ?? 0).toFixed(2).padStart(11)}  ${r.flag}`,
    );
  }
  const tested = rows.reduce((n, r) => n + r.months, 0);
  const inside = rows.reduce((n, r) => n + (r.coverage ?? 0) * r.months, 0);
  console.log(
    `all measures: ${rows.length}, ${tested} months, coverage ${(inside / tested).toFixed(3)}; flagged: ${rows.filter((r) => r.flag).length}`,
  );
}
