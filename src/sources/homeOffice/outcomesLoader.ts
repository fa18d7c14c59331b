/**
 * Home Office crime outcomes open data table: outcomes by force, offence code, outcome type and
 * financial quarter, with two counts (docs/formats.md, "Home Office outcomes"). The offence group and
 * subgroup columns are checked for presence but not stored: the offence code determines them.
 * Versions as for recorded crime: the latest quarter, coverage per (force, quarter).
 */
import { HO_OUTCOMES_COLUMNS } from '../../catalogue/formats.js';
import type { Problem } from '../../errors/problem.js';
import type { DatasetLoader } from '../loader.js';
import {
  countCell,
  offenceCodeCell,
  optionalText,
  outcomeCodeCell,
  requiredText,
} from '../spreadsheet/cellChecks.js';
import { loadTable } from '../spreadsheet/loadTable.js';
import type { TableSpec } from '../spreadsheet/tableSpec.js';
import { ForceNames } from './forceNames.js';
import { parseQuarterFields } from './quarterFields.js';
import { recogniseHomeOfficeTable } from './recognise.js';
import { HOME_OFFICE_HEADER_SEARCH_ROWS } from './recordedCrimeLoader.js';

const RECORDED = 'Force outcomes recorded in quarter';
const OF_OFFENCES = 'Force outcomes for offences recorded in quarter';

export const homeOfficeOutcomesLoader: DatasetLoader = {
  dataset: 'ho_outcomes',
  matches: (fileName, header) => recogniseHomeOfficeTable(fileName, header) === 'outcomes',
  async load(store, file, sourceId, options) {
    const forces = new ForceNames(options.workspaceForceSlug, 'Force Name', options.knownForces);
    const spec: TableSpec = {
      dataset: 'ho_outcomes',
      table: 'ho_outcomes',
      columns: HO_OUTCOMES_COLUMNS,
      headerSearchRows: HOME_OFFICE_HEADER_SEARCH_ROWS,
      insertColumns: [
        { name: 'financial_year', type: 'VARCHAR' },
        { name: 'financial_quarter', type: 'INTEGER' },
        { name: 'quarter_start', type: 'DATE' },
        { name: 'force_name', type: 'VARCHAR' },
        { name: 'force_slug', type: 'VARCHAR' },
        { name: 'offence_description', type: 'VARCHAR' },
        { name: 'offence_code', type: 'VARCHAR' },
        { name: 'outcome_type', type: 'INTEGER' },
        { name: 'outcome_description', type: 'VARCHAR' },
        { name: 'outcome_group', type: 'VARCHAR' },
        { name: 'outcomes', type: 'BIGINT' },
        { name: 'outcomes_of_offences_recorded', type: 'BIGINT' },
      ],
      parseRow(cells, at) {
        const problems: Problem[] = [];
        const period = parseQuarterFields(cells, at, problems);
        const forceName = requiredText(cells, 'Force Name', at, problems, 'the name of a police force area');
        const code = offenceCodeCell(cells, 'Offence Code', at, problems);
        const outcomeType = outcomeCodeCell(cells, 'Outcome Type', at, problems, false);
        const recorded = countCell(cells, RECORDED, at, problems);
        const ofOffences = countCell(cells, OF_OFFENCES, at, problems, { optional: true });
        if (!period || forceName === undefined || code === undefined || outcomeType == null) return problems;
        if (recorded == null || ofOffences === undefined) return problems;
        const forceSlug = forces.slugFor(forceName, at.file, at.line);
        return {
          forceSlug,
          period: period.start,
          values: [
            period.financialYear,
            period.quarter,
            period.start,
            forceName,
            forceSlug,
            optionalText(cells, 'Offence Description'),
            code,
            outcomeType,
            optionalText(cells, 'Outcome Description'),
            optionalText(cells, 'Outcome Group'),
            recorded,
            ofOffences,
          ],
        };
      },
    };
    const outcome = await loadTable(store, file, sourceId, options, spec);
    return {
      ...outcome,
      problems: [...outcome.problems, ...(outcome.rowsAccepted > 0 ? forces.warnings() : [])],
      versionKey: outcome.lastPeriod ?? '',
    };
  },
};
