/**
 * The force-data paragraphs of a police.uk proxy. police.uk files reach back only as far as the
 * office has downloaded them (often a year), so the financial-year sentence of an extract measure is
 * rarely possible, and the latest month alone misleads ("December down 9%" in a quarter up 21%).
 * A proxy therefore leads with the quarter, compared with the previous quarter and with the same
 * quarter last year (or says that one is not in the data), then the rolling 12 months, then the
 * month; the peer sentence and the small-numbers caution follow as for every count.
 *   "In Q3 2025/26, volumes (n=606) increased by +21% on the previous quarter; this is a
 *    statistically significant increase."
 */
import { paragraph } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import { type Period, rolling12Period } from '../../stats/calendar.js';
import { type PeriodChange, periodChange, periodVolume } from '../../stats/change.js';
import { formatCount } from '../../stats/rounding.js';
import { drivenBySentence } from '../sentences/districts.js';
import { volumeSentence } from '../sentences/volumes.js';
import { countTail, monthSentence } from './countNarrative.js';
import { countMeaning } from './meaning.js';
import { valueSeries } from './measureSeries.js';
import type { StatementSettings } from './settingsOf.js';

export function proxyCountParagraphs(
  measure: MeasureJson,
  period: Period,
  settings: StatementSettings,
  forceName: string,
): Block[] {
  const series = valueSeries(measure, period.last);
  const districts = measure.districts?.period === period.label ? measure.districts : undefined;
  const sentences = [
    changeSentence(periodChange(series, period, 'previous_period'), settings, measure.id, period.label),
    districts ? drivenBySentence(districts) : undefined,
    yearEarlierSentence(periodChange(series, period, 'same_period_year_earlier'), settings, measure.id),
    rollingSentence(series, period, settings, measure.id),
    monthSentence(measure, settings.style),
  ];
  return [
    ...sentences.filter((s): s is string => s !== undefined).map((s) => paragraph(s)),
    ...countTail(measure, forceName),
  ];
}

function changeSentence(
  change: PeriodChange,
  settings: StatementSettings,
  label: string,
  periodLabel: string,
  volumeLabel = periodLabel,
): string | undefined {
  if (change.status !== 'complete') return undefined;
  return volumeSentence({
    periodLabel: volumeLabel,
    periodKind: change.period.kind,
    value: change.current,
    base: { value: change.base, comparison: change.basis },
    smallNumbersBelow: settings.smallNumbersBelow,
    style: settings.style,
    significance: countMeaning(change.base, change.current, settings.significanceLevel, label).significance,
  });
}

function yearEarlierSentence(change: PeriodChange, settings: StatementSettings, label: string): string {
  if (change.status !== 'complete')
    return `The same quarter last year (${change.basePeriod.label}) is not in the data loaded, so the quarter is not compared with it.`;
  const sentence = changeSentence(change, settings, label, change.period.label) ?? '';
  return sentence.replace(
    /^In [^,]+, volumes \([^)]+\)/,
    `Against ${change.basePeriod.label} (${settings.style.nEquals ? 'n=' : ''}${formatCount(change.base, settings.style.thousandsSeparator)}), volumes`,
  );
}

function rollingSentence(
  series: ReturnType<typeof valueSeries>,
  period: Period,
  settings: StatementSettings,
  label: string,
): string | undefined {
  const rolling = rolling12Period(period.last);
  const label12 = `the ${rolling.label}`;
  const change = periodChange(series, rolling, 'previous_period');
  if (change.status === 'complete') return changeSentence(change, settings, label, rolling.label, label12);
  const volume = periodVolume(series, rolling);
  if (volume.status !== 'complete') return undefined;
  return volumeSentence({
    periodLabel: label12,
    periodKind: 'rolling_12',
    value: volume.value,
    style: settings.style,
  });
}
