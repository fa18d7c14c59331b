/**
 * The 'action taken' outcome rate of a measure, as the reference report writes it:
 *   "In March 2024, the 3-month rolling average 'action taken' outcome rate was at 21.4%, up from
 *    20.9% in Q3 2023/24."
 * followed by whether the month's rate is unusual on its SPC chart.
 */
import { paragraph } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import { addMonths, monthName, type Period, previousPeriod } from '../../stats/calendar.js';
import { formatProportion } from '../../stats/rounding.js';
import { outcomeRateSentence } from '../sentences/rates.js';
import { spcOfMonth } from './meaning.js';
import { pointAt, rollingAt } from './measureSeries.js';

const SIGNAL_WORDS = {
  improvement: 'a special cause signal of improvement',
  concern: 'a special cause signal of concern',
  high: 'unusually high (a special cause signal)',
  low: 'unusually low (a special cause signal)',
} as const;

export function rateParagraphs(rate: MeasureJson, period: Period): Block[] {
  const months = rate.rateDefinition?.rollingMonths ?? 3;
  const last = period.last;
  const rolling = rollingAt(rate, last);
  const blocks: Block[] = [];
  if (rolling !== undefined && rolling !== null) {
    const earlier = rollingAt(rate, addMonths(last, -months));
    const previousLabel = months === 3 ? previousPeriod(period).label : monthName(addMonths(last, -months));
    blocks.push(
      paragraph(
        outcomeRateSentence({
          monthLabel: monthName(last),
          rate: rolling / 100,
          rollingMonths: months,
          ...(earlier !== undefined && earlier !== null
            ? { previous: { rate: earlier / 100, label: previousLabel } }
            : {}),
        }),
      ),
    );
  }
  const point = pointAt(rate, last);
  const spc = spcOfMonth(rate, last);
  if (point?.value !== null && point?.value !== undefined && spc !== undefined) {
    const counts =
      point.numerator !== undefined && point.denominator !== undefined
        ? ` (${point.numerator} 'action taken' ${point.numerator === 1 ? 'outcome' : 'outcomes'}; ${point.denominator} ${point.denominator === 1 ? 'crime' : 'crimes'} recorded)`
        : '';
    const verdict = spc.special ? SIGNAL_WORDS[spc.signal] : 'within normal monthly variation';
    blocks.push(
      paragraph(
        `The in-month rate in ${monthName(last)} was ${formatProportion(point.value / 100, 1)}${counts}; this is ${verdict}.`,
      ),
    );
  }
  return blocks;
}
