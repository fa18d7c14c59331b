/**
 * Whether a measure's series covers the period asked for. A series that stops short of the period,
 * or has a month of it missing, gives a status with the months it does hold, never a partial figure.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import { addMonths, monthsOf, type Period } from '../stats/calendar.js';
import type { MeasureSeries } from './fetchSeries.js';
import { missingQuarters, wholeQuarters } from './figures/quarterlyFigures.js';
import { quarterLabelOf } from './publishedSource.js';
import { periodNotCoveredWords, quarterlyWords, quartersNotCoveredWords } from './statusWords.js';

/** Undefined when the period is covered; otherwise the reason in plain words (the exact problem goes to `problems`). */
export function periodStatus(
  measure: Measure,
  series: MeasureSeries,
  period: Period,
  problems: Problem[],
): string | undefined {
  if (series.frequency === 'quarter') return quarterStatus(measure, series, period, problems);
  const held = series.denominator ?? series.value;
  const months = [...held.keys()];
  const missing = monthsOf(period).filter((month) => !held.has(month));
  if (missing.length === 0) return undefined;
  const available = months.length === 0 ? 'no months' : `${months[0]} to ${months.at(-1)}`;
  const problem = messages.measures.periodNotCovered(
    measure.id,
    series.datasets.join(' and '),
    period.label,
    available,
  );
  problems.push(problem);
  return periodNotCoveredWords(period.label, months);
}

/** A quarterly series answers whole quarters it holds; anything else says what it does hold. */
function quarterStatus(
  measure: Measure,
  series: MeasureSeries,
  period: Period,
  problems: Problem[],
): string | undefined {
  if (!wholeQuarters(period)) {
    problems.push(messages.measures.quarterlySeries(measure.id, period.label));
    return quarterlyWords(period.label);
  }
  if (missingQuarters(series.value, period).length === 0) return undefined;
  const starts = [...series.value.keys()].sort();
  const first = starts[0];
  const last = starts.at(-1);
  problems.push(
    messages.measures.periodNotCovered(
      measure.id,
      series.datasets.join(' and '),
      period.label,
      first && last ? `${first} to ${addMonths(last, 2)}` : 'no quarters',
    ),
  );
  return quartersNotCoveredWords(
    period.label,
    first && last ? [quarterLabelOf(first), quarterLabelOf(last)] : [],
  );
}
