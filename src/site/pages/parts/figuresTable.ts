/**
 * A measure's figures for the quarter as one table: each figure the measures result gives, in the
 * result's own text, and for a figure that could not be given, why (never a blank or a zero).
 */
import { columns } from '../../../document/build.js';
import type { Table } from '../../../document/model.js';
import type { Figure, ForecastVerdict, MeasureJson, Unavailable, ValueAt } from '../../../measures/result.js';
import { monthName } from '../../../stats/calendar.js';
import { formatAverage, formatCount } from '../../../stats/rounding.js';

const UNAVAILABLE: Readonly<Record<string, string>> = {
  incomplete: 'Not available: months are missing from the data',
  not_enough_history: 'Not available: the data does not go back far enough',
  not_computable: 'Not available',
  not_available: 'Not available',
};

function unavailable(figure: Unavailable): string {
  const base = UNAVAILABLE[figure.status] ?? 'Not available';
  const missing = figure.missing?.length ? ` (${figure.missing.length} missing)` : '';
  const reason = figure.reason ? `: ${figure.reason}` : '';
  return figure.status === 'not_available' || figure.status === 'not_computable'
    ? `${base}${reason}`
    : `${base}${missing}`;
}

function value<T>(figure: Figure<T>, text: (f: T) => string): string {
  return figure.status === 'ok' ? text(figure) : unavailable(figure);
}

const VERDICT: Readonly<Record<ForecastVerdict, string>> = {
  in_line: 'in line with',
  above: 'above',
  below: 'below',
};

export function figuresTable(measure: MeasureJson): Table | undefined {
  const f = measure.figures;
  if (!f) return undefined;
  const rows: [string, string][] = [];
  const period = (fig: Figure<ValueAt>, fallback: string) =>
    fig.status === 'ok' ? fig.period.label : fallback;
  rows.push([`This quarter (${period(f.current, 'the quarter')})`, value(f.current, (x) => x.text)]);
  rows.push([`Previous quarter (${period(f.previous, 'previous')})`, value(f.previous, (x) => x.text)]);
  rows.push([
    `Same quarter last year (${period(f.yearEarlier, 'a year earlier')})`,
    value(f.yearEarlier, (x) => x.text),
  ]);
  rows.push(['Change on the previous quarter', value(f.changeOnPrevious, (x) => x.text)]);
  rows.push(['Change on the same quarter last year', value(f.changeOnYearEarlier, (x) => x.text)]);
  if (f.kind === 'count') {
    rows.push([
      '3-year average for the quarter',
      value(
        f.threeYearAverage,
        (x) => `${formatAverage(x.value)}: this quarter was ${VERDICT[x.verdict]} it`,
      ),
    ]);
    rows.push([
      'Significance of the change on last year',
      value(f.significance, (x) => `${x.phrase} (p = ${x.pValue.toFixed(3)})`),
    ]);
    rows.push([
      'Forecast for the latest month',
      value(
        f.forecast,
        (x) =>
          `${formatAverage(x.forecast)} (95% interval ${formatAverage(x.lower)} to ${formatAverage(x.upper)}); ${formatCount(x.observed)} were recorded, ${VERDICT[x.verdict]} the forecast`,
      ),
    ]);
  }
  rows.push(['Latest month', value(f.latestMonth, (x) => `${x.text} in ${monthName(x.month)}`)]);
  rows.push(['Rolling figure', value(f.rolling, (x) => x.text)]);
  rows.push(['Target', value(f.target, (x) => x.text)]);
  rows.push(['Rank among similar forces', value(f.peers, (x) => `${x.text} (crimes per 1,000 people)`)]);
  return {
    caption: `${measure.title}: the figures for ${period(f.current, 'the quarter')}`,
    columns: columns('ll'),
    rowHeaders: true,
    header: [['Figure', 'Value']],
    rows,
  };
}
