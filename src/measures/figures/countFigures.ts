/**
 * The figures of a count measure for a period: its volume, the previous period and the same period a
 * year earlier with the changes, the 3-year average, the latest month (with its change on the month
 * before and its own 3-year average), the rolling 12 months and SPC. Forecast, significance, peers
 * and the homicide outlier rule are added by the caller (assembleMeasure.ts).
 */
import {
  addMonths,
  monthName,
  monthPeriod,
  type Period,
  previousPeriod,
  samePeriodYearEarlier,
} from '../../stats/calendar.js';
import { type PeriodVolume, periodChange, periodVolume } from '../../stats/change.js';
import { rollingSum } from '../../stats/rolling.js';
import { formatCount } from '../../stats/rounding.js';
import type { MonthlySeries } from '../../stats/series.js';
import { threeYearAverage } from '../../stats/threeYearAverage.js';
import type { Figure, MeasureFigures, ValueAt } from '../result.js';
import type { MeasureSettings } from '../settings.js';
import {
  averageFigure,
  countChange,
  countChangeText,
  notAvailable,
  periodJson,
  shortfall,
} from './common.js';

export type CoreFigures = Omit<
  MeasureFigures,
  'forecast' | 'significance' | 'year' | 'peers' | 'spc' | 'target'
>;

export function volumeFigure(volume: PeriodVolume, separator: ',' | '' = ','): Figure<ValueAt> {
  if (volume.status !== 'complete') return shortfall(volume);
  return {
    status: 'ok',
    period: periodJson(volume.period),
    value: volume.value,
    text: formatCount(volume.value, separator),
  };
}

export function countFigures(series: MonthlySeries, period: Period, settings: MeasureSettings): CoreFigures {
  const current = periodVolume(series, period);
  const month = monthPeriod(period.last);
  const monthValue = series.get(period.last);
  const monthChange = periodChange(series, month, 'previous_period');
  const rolling = rollingSum(series, period.last, 12);
  const yearBefore = addMonths(period.last, -12);
  const rolling12Before = rollingSum(series, yearBefore, 12);
  const sep = settings.style.thousandsSeparator;
  return {
    kind: 'count',
    current: volumeFigure(current, sep),
    previous: volumeFigure(periodVolume(series, previousPeriod(period)), sep),
    yearEarlier: volumeFigure(periodVolume(series, samePeriodYearEarlier(period)), sep),
    changeOnPrevious: countChange(
      periodChange(series, period, 'previous_period'),
      settings.smallNumbersBelow,
      settings.style,
    ),
    changeOnYearEarlier: countChange(
      periodChange(series, period, 'same_period_year_earlier'),
      settings.smallNumbersBelow,
      settings.style,
    ),
    threeYearAverage: averageFigure(
      threeYearAverage(series, period, settings.threeYearAverage),
      current.status === 'complete' ? current.value : undefined,
    ),
    latestMonth:
      monthValue === undefined
        ? notAvailable(`no data for ${month.label}`)
        : {
            status: 'ok',
            month: period.last,
            value: monthValue,
            text: formatCount(monthValue, sep),
            changeOnPreviousMonth: countChange(monthChange, settings.smallNumbersBelow, settings.style),
            threeYearAverage: averageFigure(
              threeYearAverage(series, month, settings.threeYearAverage),
              monthValue,
            ),
          },
    rolling:
      rolling.status !== 'complete'
        ? shortfall(rolling)
        : {
            status: 'ok',
            months: 12,
            first: rolling.first,
            last: rolling.last,
            value: rolling.value,
            text:
              rolling12Before.status === 'complete'
                ? `${formatCount(rolling.value, sep)} in the 12 months to ${month.label} (${countChangeText(
                    rolling.value - rolling12Before.value,
                    rolling12Before.value > 0
                      ? (100 * (rolling.value - rolling12Before.value)) / rolling12Before.value
                      : null,
                    settings.style,
                    { base: rolling12Before.value, below: settings.smallNumbersBelow },
                  )} on the 12 months to ${monthName(yearBefore)})`
                : `${formatCount(rolling.value, sep)} in the 12 months to ${month.label}`,
          },
  };
}
