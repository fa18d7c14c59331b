/**
 * Restated figures in the Panel report's NCPM item, in the report's own voice: which figures the
 * previous quarter's statement gave that the data now loaded give differently, from what to what,
 * and why, with a link to the full list in the statement at Appendix A. The restatements are the
 * statement's own (figures.json's `restatements`, computed once by measures/restatements.ts);
 * nothing is said when the previous statement's figures all stand, or when there is none.
 */
import { columns, link, paragraph, strong, table, text } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import { RESTATED_FIGURES_ANCHOR, restatedRows } from '../statement/restatementBlocks.js';
import type { PanelContext } from './context.js';

export function restatedFiguresBlocks(ctx: PanelContext): Block[] {
  const restatements = ctx.measures.restatements;
  const comparedWith = restatements?.comparedWith?.period.label;
  if (!restatements || comparedWith === undefined || restatements.figures.length === 0) return [];
  const rows = restatedRows(restatements.figures, 'headline');
  return [
    paragraph(
      strong('Restated figures.'),
      text(
        ` ${rows.length === 1 ? 'One figure' : `${rows.length} figures`} given in the statement for ${comparedWith} ${rows.length === 1 ? 'has' : 'have'} changed with the data now loaded, as the table below shows. The statement at `,
      ),
      link('Appendix A', `#${ctx.appendixAnchor}`),
      text(' uses the figures now loaded and lists every restated figure in '),
      link('its data and methods annex', `#${ctx.appendixAnchor}-${RESTATED_FIGURES_ANCHOR}`),
      text('.'),
    ),
    table({
      caption: `Figures restated since the statement for ${comparedWith}`,
      columns: columns('llnnl'),
      rowHeaders: true,
      header: [['Measure', 'Period', `Statement for ${comparedWith}`, 'Now', 'Why']],
      rows,
    }),
  ];
}
