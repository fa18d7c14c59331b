/**
 * One-step-ahead forecasts on a count series (src/measures/seriesForecasts.ts): which months get
 * one, that each is fitted only on the months before it, and that the band's last month is the
 * measure's `forecast` figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forecastFigure } from '../../src/measures/figures/forecastFigure.js';
import type { MeasureFigures, MeasureJson, SeriesPoint } from '../../src/measures/result.js';
import { withSeriesForecasts } from '../../src/measures/seriesForecasts.js';
import { addMonths, parsePeriod } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

/** A seasonal count with a fixed wobble: whole numbers, no randomness. */
function counts(first: string, last: string): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (let m = first, i = 0; m <= last; m = addMonths(m, 1), i++) {
    out.push({ month: m, value: Math.round(300 + 40 * Math.sin((2 * Math.PI * i) / 12) + ((i * 7) % 11)) });
  }
  return out;
}

function countMeasure(series: SeriesPoint[], kind: 'count' | 'rate' = 'count'): MeasureJson {
  return {
    id: 'burglary_home',
    title: 'Burglary (Home)',
    priority: 'neighbourhood_crime',
    kind: 'force_proxy',
    source: 'force_extract',
    statistic: kind === 'count' ? 'count' : 'outcome_rate',
    direction: 'down',
    unit: 'offences',
    classification: 'OFFICIAL',
    public: true,
    applicability: { status: 'applicable' },
    dataNote: '',
    status: 'ok',
    provenance: [],
    series,
    figures: { kind } as MeasureFigures,
  };
}

const forecastMonths = (m: MeasureJson) => (m.series ?? []).filter((p) => p.forecast).map((p) => p.month);

test('the 12 months to the period end get a forecast; earlier months and months after it do not', () => {
  // Data run to June 2024, three months past the period's end (March 2024).
  const measure = withSeriesForecasts(countMeasure(counts('2019-04', '2024-06')), '2024-03');
  const expected: string[] = [];
  for (let m = '2023-04'; m <= '2024-03'; m = addMonths(m, 1)) expected.push(m);
  assert.deepEqual(forecastMonths(measure), expected);
  for (const p of measure.series!.filter((q) => q.forecast)) {
    const f = p.forecast!;
    assert.ok(f.lower <= f.value && f.value <= f.upper, `${p.month}: ${f.lower} ≤ ${f.value} ≤ ${f.upper}`);
    assert.ok(f.lower >= 0);
    assert.equal(f.level, 0.95);
  }
});

test("a month's forecast knows nothing of that month or later ones", () => {
  const base = counts('2019-04', '2024-03');
  const changed = base.map((p) => (p.month >= '2024-01' ? { ...p, value: 5000 } : p));
  const a = withSeriesForecasts(countMeasure(base), '2024-03');
  const b = withSeriesForecasts(countMeasure(changed), '2024-03');
  const at = (m: MeasureJson, month: string) => m.series!.find((p) => p.month === month)!.forecast;
  assert.deepEqual(at(b, '2024-01'), at(a, '2024-01'), 'January fitted on the months before it');
  assert.notDeepEqual(at(b, '2024-02'), at(a, '2024-02'), 'February has the changed January in its history');
});

test('months with under 24 months of history before them are left without a forecast', () => {
  // Data from October 2021: October 2023 is the first month with 24 months before it.
  const measure = withSeriesForecasts(countMeasure(counts('2021-10', '2024-03')), '2024-03');
  assert.deepEqual(forecastMonths(measure), [
    '2023-10',
    '2023-11',
    '2023-12',
    '2024-01',
    '2024-02',
    '2024-03',
  ]);
});

test('a gap in the history leaves the months that would need it without a forecast', () => {
  // Without November 2023 no later month can be fitted (the history must be whole), nor November itself.
  const series = counts('2019-04', '2024-03').filter((p) => p.month !== '2023-11');
  const measure = withSeriesForecasts(countMeasure(series), '2024-03');
  assert.deepEqual(forecastMonths(measure), [
    '2023-04',
    '2023-05',
    '2023-06',
    '2023-07',
    '2023-08',
    '2023-09',
    '2023-10',
  ]);
});

test("the band's last month is the measure's forecast figure for the period", () => {
  const series = counts('2019-04', '2024-03');
  const measure = withSeriesForecasts(countMeasure(series), '2024-03');
  const figure = forecastFigure(
    {
      datasets: [],
      frequency: 'month',
      value: monthlySeries(series.map((p) => [p.month, p.value as number] as const)),
    },
    parsePeriod('Q4 2023/24'),
  );
  assert.ok(figure.status === 'ok');
  const last = measure.series!.at(-1)!.forecast!;
  assert.deepEqual(
    { value: last.value, lower: last.lower, upper: last.upper },
    { value: figure.forecast, lower: figure.lower, upper: figure.upper },
  );
});

test('rates are returned unchanged', () => {
  const rate = countMeasure(counts('2019-04', '2024-03'), 'rate');
  assert.equal(withSeriesForecasts(rate, '2024-03'), rate);
});
