/**
 * Restated figures in the statement: a sentence under each measure whose figures differ from the
 * previous statement's, and a list of every restatement in the data and methods annex. A first
 * statement has no previous one and shows nothing; a statement whose predecessor shows no change
 * says so in the annex, so a reader knows the figures were compared.
 */
import { columns, heading, paragraph, table } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { RestatementJson, RestatementsJson } from '../../measures/restatements.js';
import { monthName } from '../../stats/calendar.js';
import {
  NO_RESTATEMENT,
  PREVIOUS_UNREADABLE,
  reasonsWords,
  restatedValue,
  restatementSentence,
} from '../sentences/restatement.js';

/** The anchor of the annex's part on restated figures (the Panel report links to it in its Appendix A). */
export const RESTATED_FIGURES_ANCHOR = 'restated-figures';

/** The sentences for the measures of one section (lead, rate, parts), in that order. */
export function restatedParagraphs(measureIds: readonly string[], restatements?: RestatementsJson): Block[] {
  const comparedWith = restatements?.comparedWith?.period.label;
  if (!restatements || comparedWith === undefined) return [];
  return measureIds.flatMap((id) => {
    const found = restatements.figures.find((r) => r.measureId === id);
    return found ? [paragraph(restatementSentence(found, comparedWith))] : [];
  });
}

/** The annex's part: every restated figure, its period or month, both figures and why. */
export function restatementAnnex(id: string, title: string, restatements?: RestatementsJson): Block[] {
  if (!restatements) return [];
  if (restatements.unreadable) return [heading(2, id, title), paragraph(PREVIOUS_UNREADABLE)];
  const comparedWith = restatements.comparedWith?.period.label;
  if (comparedWith === undefined) return [];
  if (restatements.figures.length === 0)
    return [heading(2, id, title), paragraph(NO_RESTATEMENT(comparedWith))];
  return [
    heading(2, id, title),
    paragraph(
      `Figures the previous statement (${comparedWith}) printed that the data now loaded give differently. The figures in this statement use the data now loaded.`,
    ),
    table({
      caption: `Figures restated since the previous statement (${comparedWith})`,
      columns: columns('llnnl'),
      rowHeaders: true,
      header: [['Measure', 'Period', 'Previous statement', 'Now', 'Why']],
      rows: restatedRows(restatements.figures, 'all'),
    }),
  ];
}

/**
 * Rows of (measure, period or month, previous figure, figure now, why). 'all': the period's figure
 * when it changed, then every month that changed (the annex). 'headline': the period's figure when
 * it changed, else the months (the Panel report and the board pack, which point to the annex).
 */
export function restatedRows(figures: readonly RestatementJson[], which: 'all' | 'headline'): string[][] {
  return figures.flatMap((r) => {
    const value = (v: number | null) => (v === null ? 'not available' : restatedValue(r.kind, v));
    const why = reasonsWords(r.reasons);
    const periodRow =
      r.previous !== null && r.now !== null && value(r.previous) !== value(r.now)
        ? [[r.title, r.period.label, value(r.previous), value(r.now), why]]
        : [];
    const monthRows = r.months.map((m) => [
      r.title,
      monthName(m.month),
      value(m.previous),
      value(m.now),
      why,
    ]);
    return which === 'headline' && periodRow.length > 0 ? periodRow : [...periodRow, ...monthRows];
  });
}
