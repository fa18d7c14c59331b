/**
 * A measure's figures for the quarter as one table: each figure the measures result gives, in the
 * result's own text, and for a figure that could not be given, why (never a blank or a zero).
 */
import { columns } from '../../../document/build.js';
import type { Table } from '../../../document/model.js';
import type { Figure, MeasureJson } from '../../../measures/result.js';
import { monthName } from '../../../stats/calendar.js';
import { formatAverage, formatCount } from '../../../stats/rounding.js';

const UNAVAILABLE: Readonly<Record<string, string>> = {
  incomplete: 'Not available: months are missing from the data',
  not_enough_history: 'Not available: the data does not go back far enough',
  not_computable: 'Not available',
  not_available: 'Not available',
};

function unavailable(figure: Figure<object>): string {
  if (figure.status === 'ok') return '';
  const base = UNAVAILABLE[figure.status] ?? 'Not available';
  const missing = figure.missing?.length ? ` (${figure.missing.length} missing)` : '';
  const reason = figure.reason ? `: ${figure.reason}` : '';
  return figure.status === 'not_available' || figure.status === 'not_computable'
    ? `${base}${reason}`
    : `${base}${missing}`;
}

function value(figure: Figure<object>, text: (f: Record<string, unknown>) => string): string {
  return figure.status === 'ok' ? text(figure as unknown as Record<string, unknown>) : unavailable(figure);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
const VERDICT: Readonly<Record<string, string>> = { in_line: 'in line with', above: 'above', below: 'below' };

export function figuresTable(measure: MeasureJson): Table | undefined {
  const f = measure.figures;
  if (!f) return undefined;
  const rows: [string, string][] = [];
  const period = (fig: Figure<object>, fallback: string) =>
    fig.status === 'ok' ? str((fig as unknown as { period: { label: string } }).period.label) : fallback;
  rows.push([`This quarter (${period(f.current, 'the quarter')})`, value(f.current, (x) => str(x.text))]);
  rows.push([`Previous quarter (${period(f.previous, 'previous')})`, value(f.previous, (x) => str(x.text))]);
  rows.push([
    `Same quarter last year (${period(f.yearEarlier, 'a year earlier')})`,
    value(f.yearEarlier, (x) => str(x.text)),
  ]);
  rows.push(['Change on the previous quarter', value(f.changeOnPrevious, (x) => str(x.text))]);
  rows.push(['Change on the same quarter last year', value(f.changeOnYearEarlier, (x) => str(x.text))]);
  if (f.kind === 'count') {
    rows.push([
      '3-year average for the quarter',
      value(
        f.threeYearAverage,
        (x) =>
          `${formatAverage(num(x.value))}: this quarter was ${VERDICT[str(x.verdict)] ?? str(x.verdict)} it`,
      ),
    ]);
    rows.push([
      'Significance of the change on last year',
      value(f.significance, (x) => `${str(x.phrase)} (p = ${num(x.pValue).toFixed(3)})`),
    ]);
    rows.push([
      'Forecast for the latest month',
      value(
        f.forecast,
        (x) =>
          `${formatAverage(num(x.forecast))} (95% interval ${formatAverage(num(x.lower))} to ${formatAverage(num(x.upper))}); ${formatCount(num(x.observed))} were recorded, ${VERDICT[str(x.verdict)] ?? ''} the forecast`,
      ),
    ]);
  }
  rows.push(['Latest month', value(f.latestMonth, (x) => `${str(x.text)} in ${monthName(str(x.month))}`)]);
  rows.push(['Rolling figure', value(f.rolling, (x) => str(x.text))]);
  rows.push(['Target', value(f.target, (x) => str(x.text))]);
  rows.push([
    'Rank among similar forces',
    value(f.peers, (x) => `${str(x.text)} (1st is the highest rate per 1,000 people)`),
  ]);
  return {
    caption: `${measure.title}: the figures for ${period(f.current, 'the quarter')}`,
    columns: columns('ll'),
    rowHeaders: true,
    header: [['Figure', 'Value']],
    rows,
  };
}
