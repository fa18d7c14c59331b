/**
 * Home Office police recorded crime open data table, force-area level: offences by force, Home Office
 * offence code and financial quarter (docs/formats.md, "Home Office recorded crime").
 * The published table as it really is (docs/formats.md): counts padded with spaces and zero written
 * '-00', revisions below zero ('-45'), homicide as one combined code, and national fraud bodies listed
 * as forces (publishedCodes.ts, forceNames.ts).
 * Versions: a table is republished every quarter with earlier quarters revised, so its versionKey is
 * its latest quarter's first day and coverage is per (force, quarter).
 */
import { HO_RECORDED_CRIME_COLUMNS } from '../../catalogue/formats.js';
import type { Problem } from '../../errors/problem.js';
import type { DatasetLoader } from '../loader.js';
import { countCell, offenceCodeCell, optionalText, requiredText } from '../spreadsheet/cellChecks.js';
import { loadTable } from '../spreadsheet/loadTable.js';
import type { TableSpec } from '../spreadsheet/tableSpec.js';
import { ForceNames } from './forceNames.js';
import { publishedOffenceCode } from './publishedCodes.js';
import { parseQuarterFields } from './quarterFields.js';
import { recogniseHomeOfficeTable } from './recognise.js';

/** Title and notes rows a published sheet may carry above its header. */
export const HOME_OFFICE_HEADER_SEARCH_ROWS = 30;

export const homeOfficeRecordedCrimeLoader: DatasetLoader = {
  dataset: 'ho_recorded_crime',
  matches: (fileName, header) => recogniseHomeOfficeTable(fileName, header) === 'recorded-crime',
  async load(store, file, sourceId, options) {
    const forces = new ForceNames(options.workspaceForceSlug, 'Force Name', options.knownForces);
    const spec: TableSpec = {
      dataset: 'ho_recorded_crime',
      table: 'ho_recorded_crime',
      columns: HO_RECORDED_CRIME_COLUMNS,
      headerSearchRows: HOME_OFFICE_HEADER_SEARCH_ROWS,
      insertColumns: [
        { name: 'financial_year', type: 'VARCHAR' },
        { name: 'financial_quarter', type: 'INTEGER' },
        { name: 'quarter_start', type: 'DATE' },
        { name: 'force_name', type: 'VARCHAR' },
        { name: 'force_slug', type: 'VARCHAR' },
        { name: 'offence_description', type: 'VARCHAR' },
        { name: 'offence_group', type: 'VARCHAR' },
        { name: 'offence_subgroup', type: 'VARCHAR' },
        { name: 'offence_code', type: 'VARCHAR' },
        { name: 'offences', type: 'BIGINT' },
      ],
      parseRow(cells, at) {
        const problems: Problem[] = [];
        const period = parseQuarterFields(cells, at, problems);
        const forceName = requiredText(cells, 'Force Name', at, problems, 'the name of a police force area');
        const code = offenceCodeCell(cells, 'Offence Code', at, problems, publishedOffenceCode);
        const offences = countCell(cells, 'Number of Offences', at, problems, { signed: true });
        if (!period || forceName === undefined || code === undefined || offences == null) return problems;
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
            optionalText(cells, 'Offence Group'),
            optionalText(cells, 'Offence Subgroup'),
            code,
            offences,
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
