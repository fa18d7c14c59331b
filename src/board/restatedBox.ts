/**
 * Restated figures in the board pack: a small "Restated since the last statement" box after the
 * exceptions at a glance, and a line in the exception card of a measure whose figures were
 * restated. The restatements are the ones the quarter's statement prints (runBoard compares with
 * the same previous statement by jobs/shared/restatementsSince.ts); nothing is shown when there is
 * no previous statement or none of its figures changed.
 */
import { columns, heading, paragraph, strong, table } from '../document/build.js';
import type { Block } from '../document/model.js';
import type { RestatementsJson } from '../measures/restatements.js';
import { restatedRows } from '../narrative/statement/restatementBlocks.js';

export const RESTATED_HEADING = 'Restated since the last statement';

/** The box: what changed, from what to what, and why; one sentence when the file could not be read. */
export function restatedBox(restated: RestatementsJson | undefined): Block[] {
  if (restated?.unreadable)
    return [
      heading(1, 'restated', RESTATED_HEADING),
      paragraph(
        "The last statement's figures could not be read, so this pack cannot say which of its figures have been restated since.",
      ),
    ];
  const comparedWith = restated?.comparedWith?.period.label;
  if (!restated || comparedWith === undefined || restated.figures.length === 0) return [];
  return [
    heading(1, 'restated', `${RESTATED_HEADING} (${comparedWith})`),
    paragraph(
      `Figures the statement for ${comparedWith} gave that the data now loaded give differently. This pack uses the figures now loaded.`,
    ),
    table({
      caption: `Figures restated since the statement for ${comparedWith}`,
      columns: columns('llnnl'),
      rowHeaders: true,
      header: [['Measure', 'Period', `Statement for ${comparedWith}`, 'Now', 'Why']],
      rows: restatedRows(restated.figures, 'headline'),
    }),
  ];
}

/** The card's line: 'Restated since the statement for Q2 2025/26: Q2 2025/26 499, now 496 (why).' */
export function restatedCardLine(measureId: string, restated: RestatementsJson | undefined): Block[] {
  const comparedWith = restated?.comparedWith?.period.label;
  const found = restated?.figures.filter((r) => r.measureId === measureId) ?? [];
  if (comparedWith === undefined || found.length === 0) return [];
  const changes = restatedRows(found, 'headline').map(
    ([, period, previous, now, why]) => `${period} ${previous}, now ${now} (${why})`,
  );
  return [paragraph(strong(`Restated since the statement for ${comparedWith}:`), ` ${changes.join('; ')}.`)];
}
