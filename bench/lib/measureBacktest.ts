/**
 * The forecaster's back-test on each count measure of the demo workspace (issue: statement craft,
 * forecast calibration): generate the demo, compute its measures for the last quarter, and for
 * every count measure fit each of the months after a 36-month warm-up on the months before it only.
 * Reports per measure the coverage of the 95% interval, how many months fell above and below it,
 * and the median interval width relative to the median forecast, and flags coverage that a 95%
 * interval would give less than 5% of the time (binomial tails: too narrow, or too wide). With 24
 * months, 24 of 24 inside happens 29% of the time for a true 95% interval: not a flag.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backtestForecast } from '../../src/forecast/index.js';
import type { MeasuresResult } from '../../src/measures/result.js';
import type { Month } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

export interface MeasureBacktestRow {
  readonly id: string;
  readonly months: number;
  readonly coverage: number | null;
  readonly above: number;
  readonly below: number;
  /** Median of (upper − lower) / point over the months tested. */
  readonly relativeWidth: number | null;
  readonly flag: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor(sorted.length / 2)] ?? null);
};

export function demoMeasureBacktests(root: string, work: string): MeasureBacktestRow[] {
  const bin = join(root, 'bin', 'scrutiny.js');
  rmSync(work, { recursive: true, force: true });
  const env = { ...process.env, TZ: 'Europe/London' };
  const demo = spawnSync(process.execPath, [bin, 'demo', work, '-q'], { encoding: 'utf8', env });
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  // To a file: a large --json written to a pipe can be cut short when the process exits.
  const out = join(work, 'measures.json');
  const fd = openSync(out, 'w');
  const run = spawnSync(process.execPath, [bin, '-w', work, '--json', 'measures', '--period', 'Q4 2023/24'], {
    env,
    stdio: ['ignore', fd, 'pipe'],
  });
  closeSync(fd);
  if (run.status !== 0) throw new Error(`measures failed: ${run.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as MeasuresResult;
  rmSync(work, { recursive: true, force: true });
  const rows: MeasureBacktestRow[] = [];
  for (const measure of result.measures) {
    if (measure.status !== 'ok' || measure.figures?.kind !== 'count' || !measure.series) continue;
    const points = measure.series.filter((p) => p.value !== null && p.month <= result.period.last);
    if (points.length < 48) continue;
    const series = monthlySeries(points.map((p): [Month, number] => [p.month as Month, p.value as number]));
    const test = backtestForecast(series, { warmUpMonths: 36 });
    const widths = test.months.filter((m) => m.point > 0).map((m) => (m.upper - m.lower) / m.point);
    const coverage = test.coverage;
    const flag = coverageFlag(test.inside, test.tested);
    rows.push({
      id: measure.id,
      months: test.tested,
      coverage,
      above: test.above,
      below: test.below,
      relativeWidth: median(widths),
      flag,
    });
  }
  return rows;
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
function binomialAtMost(k: number, n: number, p: number): number {
  let term = (1 - p) ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= ((n - i + 1) / i) * (p / (1 - p));
    sum += term;
  }
  return Math.min(1, sum);
}

/** 'too narrow' or 'too wide' when a true 95% interval would put this few or this many inside under 5% of the time. */
export function coverageFlag(inside: number, tested: number): string {
  if (tested === 0) return '';
  if (binomialAtMost(inside, tested, 0.95) < 0.05) return 'too narrow';
  if (inside > 0 && 1 - binomialAtMost(inside - 1, tested, 0.95) < 0.05) return 'too wide';
  return '';
}
