/**
 * The NCPM yardsticks of a measure as statement paragraphs: the baseline comparison and the national
 * position (sentences/yardsticks.ts). A measure with a section gets them under its own figures; a
 * measure whose own source is not loaded but which the published tables cover gets them in a
 * paragraph of its own, so every figure of the summary table is also told in words.
 */
import { paragraph, strong } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasureJson } from '../../measures/result.js';
import { baselineSentence, nationalSentence } from '../sentences/yardsticks.js';
import type { StatementSettings } from './settingsOf.js';
import { hasSummary } from './summaryTable.js';

export function yardstickParagraphs(
  measure: MeasureJson,
  settings: StatementSettings,
  forceName: string,
): Block[] {
  return [
    baselineSentence(measure, settings.baselineLabel, settings.smallNumbersBelow),
    nationalSentence(measure, forceName),
  ]
    .filter((s): s is string => s !== undefined)
    .map((s) => paragraph(s));
}

/** Measures not shown in a section whose published figures are told in one paragraph each. */
export function publishedOnlyParagraphs(
  measures: readonly MeasureJson[],
  settings: StatementSettings,
  forceName: string,
): Block[] {
  return measures
    .filter((m) => m.status !== 'ok' && hasSummary(m))
    .flatMap((m) => {
      const baseline =
        m.yardsticks?.baseline.status === 'ok'
          ? baselineSentence(m, settings.baselineLabel, settings.smallNumbersBelow)
          : undefined;
      const words = [baseline, nationalSentence(m, forceName)].filter((s): s is string => s !== undefined);
      return words.length === 0 ? [] : [paragraph(strong(`${m.title}:`), ` ${words.join(' ')}`)];
    });
}
