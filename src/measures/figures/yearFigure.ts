/**
 * The year a quarterly statement reports first ("In 2023/24, volumes (n=4,855) increased by +3% on
 * the previous year; this is within normal variation"), against the 12 months before it, with the
 * exact test: computed here so that the sentence's percentage and verdict are in figures.json.
 */
import { financialYearOf, financialYearPeriod, type Period, rolling12Period } from '../../stats/calendar.js';
import { periodChange } from '../../stats/change.js';
import type { NumberStyle } from '../../stats/numberStyle.js';
import { formatCount } from '../../stats/rounding.js';
import type { MonthlySeries } from '../../stats/series.js';
import type { Figure, YearChangeJson } from '../result.js';
import { countChangeText, periodJson, shortfall } from './common.js';
import { significanceFigure } from './significanceFigure.js';

/**
 * The financial year when the period closes it (Q4), otherwise the 12 months to the period's end,
 * so the figure is always a full year and never a year to date.
 */
export function statementYear(period: Period): Period {
  const year = financialYearPeriod(financialYearOf(period.last));
  return year.last === period.last ? year : rolling12Period(period.last);
}

export function yearFigure(
  series: MonthlySeries,
  period: Period,
  alpha: number,
  label: string,
  style?: NumberStyle,
): Figure<YearChangeJson> {
  const year = statementYear(period);
  const change = periodChange(series, year, 'previous_period');
  if (change.status !== 'complete') return shortfall(change);
  const before = change.basePeriod;
  return {
    status: 'ok',
    period: periodJson(year),
    value: change.current,
    text: formatCount(change.current),
    previous: { period: periodJson(before), value: change.base, text: formatCount(change.base) },
    change: {
      difference: change.difference,
      percent: change.percent,
      text: countChangeText(change.difference, change.percent, style),
    },
    significance: significanceFigure(series, year, before, alpha, label),
  };
}
