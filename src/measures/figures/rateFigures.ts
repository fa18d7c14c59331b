/**
 * The figures of a rate measure ('action taken' outcome rate, satisfaction rate) for a period. Every
 * rate is Σ numerator / Σ denominator over its months (stats/rolling.ts), never a mean of monthly
 * rates, and is given in percent with what it is made of. Changes are in percentage points.
 */
import {
  monthCount,
  monthName,
  type Period,
  previousPeriod,
  samePeriodYearEarlier,
} from '../../stats/calendar.js';
import { type RollingRate, rollingRate } from '../../stats/rolling.js';
import { formatPercentagePointChange, formatProportion } from '../../stats/rounding.js';
import type { MonthlySeries } from '../../stats/series.js';
import type { ChangeJson, Figure, ValueAt } from '../result.js';
import { notAvailable, periodJson, shortfall } from './common.js';
import type { CoreFigures } from './countFigures.js';

/** Outcome rates print one decimal place ('21.4%'), satisfaction whole numbers ('75%'). */
export type RateStyle = 'outcome' | 'satisfaction';

export function rateText(percent: number, style: RateStyle): string {
  return formatProportion(percent / 100, style === 'outcome' ? 1 : 0);
}

function rateOver(num: MonthlySeries, den: MonthlySeries, period: Period, style: RateStyle): Figure<ValueAt> {
  const rate = rollingRate(num, den, period.last, monthCount(period));
  if (rate.status !== 'complete') return shortfall(rate);
  if (rate.rate === null) return { status: 'not_computable', reason: `nothing recorded in ${period.label}` };
  const value = 100 * rate.rate;
  return {
    status: 'ok',
    period: periodJson(period),
    value,
    numerator: rate.numerator,
    denominator: rate.denominator,
    text: rateText(value, style),
  };
}

function pointsChange(current: Figure<ValueAt>, base: Figure<ValueAt>): Figure<ChangeJson> {
  if (current.status !== 'ok') return current;
  if (base.status !== 'ok') return base;
  const difference = current.value - base.value;
  return { status: 'ok', difference, percent: null, text: formatPercentagePointChange(difference) };
}

export function rateFigures(
  numerator: MonthlySeries,
  denominator: MonthlySeries,
  period: Period,
  rollingMonths: number,
  style: RateStyle,
): CoreFigures {
  const current = rateOver(numerator, denominator, period, style);
  const previous = rateOver(numerator, denominator, previousPeriod(period), style);
  const yearEarlier = rateOver(numerator, denominator, samePeriodYearEarlier(period), style);
  const month: Period = {
    kind: 'month',
    first: period.last,
    last: period.last,
    label: monthName(period.last),
  };
  const monthRate = rateOver(numerator, denominator, month, style);
  const monthBefore = rateOver(numerator, denominator, previousPeriod(month), style);
  const rolling: RollingRate = rollingRate(numerator, denominator, period.last, rollingMonths);
  return {
    kind: 'rate',
    current,
    previous,
    yearEarlier,
    changeOnPrevious: pointsChange(current, previous),
    changeOnYearEarlier: pointsChange(current, yearEarlier),
    threeYearAverage: notAvailable('a 3-year average is given for counts, not for rates'),
    latestMonth:
      monthRate.status !== 'ok'
        ? monthRate
        : {
            status: 'ok',
            month: period.last,
            value: monthRate.value,
            text: monthRate.text,
            changeOnPreviousMonth: pointsChange(monthRate, monthBefore),
            threeYearAverage: notAvailable('a 3-year average is given for counts, not for rates'),
          },
    rolling:
      rolling.status !== 'complete'
        ? shortfall(rolling)
        : rolling.rate === null
          ? {
              status: 'not_computable',
              reason: `nothing recorded in the ${rollingMonths} months to ${month.label}`,
            }
          : {
              status: 'ok',
              months: rollingMonths,
              first: rolling.first,
              last: rolling.last,
              value: 100 * rolling.rate,
              numerator: rolling.numerator,
              denominator: rolling.denominator,
              text: `${rateText(100 * rolling.rate, style)} (${rollingMonths}-month rolling rate to ${month.label})`,
            },
  };
}
