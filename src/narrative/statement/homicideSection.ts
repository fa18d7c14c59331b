/**
 * Homicide in the reference's words ("In 2023/24, there were five homicides recorded, an increase on
 * the four recorded in the previous year. In Q4 2023/24, there were no homicides recorded.") and the
 * Home Office outlier rule's verdict with the counts it compared. Homicide counts are always small, so
 * no percentage is printed and a caution says why.
 */
import { callout, paragraph } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import { monthName } from '../../stats/calendar.js';
import { countInProse } from '../../stats/rounding.js';
import { homicideSentences, outlierSentences } from '../sentences/homicide.js';

export function homicideParagraphs(measure: MeasureJson, forceName: string): Block[] {
  const year = measure.figures?.year;
  const quarter = measure.figures?.current;
  const rolling = measure.figures?.rolling;
  const blocks: Block[] = [];
  if (year?.status !== 'ok' && rolling?.status === 'ok') {
    // Too little history for the year before (a published table of one year): the 12 months alone.
    blocks.push(
      paragraph(
        homicideSentences({
          yearLabel: `the 12 months to ${monthName(rolling.last)}`,
          count: rolling.value,
          ...(quarter?.status === 'ok'
            ? { quarterLabel: quarter.period.label, quarterCount: quarter.value }
            : {}),
        }),
      ),
    );
  }
  if (year?.status === 'ok') {
    blocks.push(
      paragraph(
        homicideSentences({
          yearLabel: year.period.label,
          count: year.value,
          previousCount: year.previous.value,
          ...(quarter?.status === 'ok'
            ? { quarterLabel: quarter.period.label, quarterCount: quarter.value }
            : {}),
        }),
      ),
    );
  }
  const excluding = measure.figures?.excludingExceptional;
  if (excluding?.status === 'ok' && excluding.current.status === 'ok' && quarter?.status === 'ok') {
    const without = excluding.current.value;
    if (without !== quarter.value)
      blocks.push(
        paragraph(
          `Excluding exceptional incidents with several victims, there ${without === 1 ? 'was' : 'were'} ${countInProse(without)} ${without === 1 ? 'homicide' : 'homicides'} in ${quarter.period.label}.`,
        ),
      );
  }
  const outlier = measure.figures?.homicideOutlier;
  if (outlier?.status === 'ok') {
    const { latest, previous } = outlier;
    blocks.push(
      paragraph(
        outlierSentences({
          forceName,
          threshold: outlier.threshold,
          latestLabel: `the six months to ${monthName(latest.last)}`,
          latest: latest.count,
          earlierLabel: `the six months to ${monthName(previous.last)}`,
          earlier: previous.count,
          verdict: outlier.verdict,
        }),
      ),
    );
  } else if (outlier) {
    const missing =
      'missing' in outlier && outlier.missing ? ` (months missing: ${outlier.missing.join(', ')})` : '';
    blocks.push(paragraph(`The Home Office outlier rule could not be applied${missing}.`));
  }
  blocks.push(
    callout(
      'caution',
      [
        [
          'Homicides are rare: a change of one or two from year to year is within what chance alone produces, so this statement gives the counts and no percentages.',
        ],
      ],
      'Small numbers',
    ),
  );
  return blocks;
}
