/**
 * ocg_disruptions.csv of a force extract: one row per disruption of an organised crime group, with
 * its level and the people safeguarded (docs/formats.md, "Force extract"). Coverage is per month.
 */
import { FORCE_OCG_COLUMNS, OCG_LEVELS } from '../../catalogue/formats.js';
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import { countCell, isoDateCell } from '../spreadsheet/cellChecks.js';
import { MAX_INTEGER, monthOf } from '../spreadsheet/fieldValues.js';
import { extractLoader } from './extractLoader.js';

const LEVELS = new Set<string>(OCG_LEVELS);

export const forceOcgDisruptionsLoader = extractLoader({
  dataset: 'force_ocg_disruptions',
  table: 'force_ocg_disruptions',
  columns: FORCE_OCG_COLUMNS,
  insertColumns: [
    { name: 'force_slug', type: 'VARCHAR' },
    { name: 'date', type: 'DATE' },
    { name: 'month', type: 'DATE' },
    { name: 'level', type: 'VARCHAR' },
    { name: 'adults_safeguarded', type: 'INTEGER' },
    { name: 'children_safeguarded', type: 'INTEGER' },
  ],
  makeParser({ forceSlug }) {
    return (cells, at) => {
      const problems: Problem[] = [];
      const date = isoDateCell(cells, 'date', at, problems);
      const levelText = cells.get('level');
      const level = levelText.toLowerCase();
      if (!LEVELS.has(level)) {
        problems.push(messages.ingest.unknownOcgLevel(at, 'level', OCG_LEVELS, quoteFound(levelText)));
      }
      const adults = countCell(cells, 'adults_safeguarded', at, problems, { max: MAX_INTEGER });
      const children = countCell(cells, 'children_safeguarded', at, problems, { max: MAX_INTEGER });
      if (problems.length > 0 || !date || adults == null || children == null) return problems;
      return {
        forceSlug,
        period: monthOf(date),
        values: [forceSlug, date, monthOf(date), level, adults, children],
      };
    };
  },
});
