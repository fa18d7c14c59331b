/**
 * satisfaction.csv of a force extract: monthly victim survey results per cohort
 * (docs/formats.md, "Force extract"). Cohorts are those configured in scrutiny.config.yaml
 * (satisfaction.cohorts); each (month, cohort) appears once. Coverage is per month.
 */
import { FORCE_SATISFACTION_COLUMNS } from '../../catalogue/formats.js';
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import { countCell } from '../spreadsheet/cellChecks.js';
import { MAX_INTEGER, parseMonth } from '../spreadsheet/fieldValues.js';
import { extractLoader } from './extractLoader.js';

export const forceSatisfactionLoader = extractLoader({
  dataset: 'force_satisfaction',
  table: 'force_satisfaction',
  columns: FORCE_SATISFACTION_COLUMNS,
  insertColumns: [
    { name: 'force_slug', type: 'VARCHAR' },
    { name: 'month', type: 'DATE' },
    { name: 'cohort', type: 'VARCHAR' },
    { name: 'responses', type: 'INTEGER' },
    { name: 'satisfied', type: 'INTEGER' },
  ],
  uniqueKey: { columns: ['month', 'cohort'], field: 'cohort', period: 'month' },
  makeParser({ forceSlug, options }) {
    const cohorts = new Map(options.satisfactionCohorts.map((cohort) => [cohort.toLowerCase(), cohort]));
    return (cells, at) => {
      const problems: Problem[] = [];
      const monthText = cells.get('month');
      const month = parseMonth(monthText);
      if (month === undefined) {
        problems.push(
          messages.ingest.badDate(at, 'month', "a month written 'YYYY-MM'", quoteFound(monthText)),
        );
      }
      const cohortText = cells.get('cohort');
      const cohort = cohorts.get(cohortText.toLowerCase());
      if (cohort === undefined) {
        problems.push(
          messages.ingest.unknownCohort(at, 'cohort', options.satisfactionCohorts, quoteFound(cohortText)),
        );
      }
      const responses = countCell(cells, 'responses', at, problems, { max: MAX_INTEGER });
      const satisfied = countCell(cells, 'satisfied', at, problems, { max: MAX_INTEGER });
      if (responses != null && satisfied != null && satisfied > responses) {
        problems.push(messages.ingest.satisfiedExceedsResponses(at, responses, satisfied));
      }
      if (problems.length > 0 || month === undefined || cohort === undefined) return problems;
      if (responses == null || satisfied == null) return problems;
      return { forceSlug, period: month, values: [forceSlug, month, cohort, responses, satisfied] };
    };
  },
});
