/**
 * Home Office police workforce open data table (docs/formats.md, "Home Office police workforce"):
 * headcount and full-time equivalents by force, year (as at 31 March), sex, rank and worker type.
 * The real table (July 2023 release) writes forces with '&' ('Avon & Somerset'), changes the case of
 * worker types between years ('Police staff', 'Police Staff') and writes N/A for the FTE of special
 * constables and volunteers: names are matched by key, worker types kept lower case, N/A is NULL.
 * Versions: each release repeats every earlier year, so the versionKey is its latest year.
 */
import { HO_WORKFORCE_COLUMNS } from '../../catalogue/formats.js';
import type { At } from '../../errors/messages/ingest.js';
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import type { DatasetLoader } from '../loader.js';
import { optionalText, requiredText } from '../spreadsheet/cellChecks.js';
import { loadTable } from '../spreadsheet/loadTable.js';
import type { RowCells, TableSpec } from '../spreadsheet/tableSpec.js';
import { ForceNames } from './forceNames.js';
import { isWorkforceOpenDataName } from './recognise.js';
import { HOME_OFFICE_HEADER_SEARCH_ROWS } from './recordedCrimeLoader.js';

const YEAR = 'As at 31 March...';
const NOT_APPLICABLE = /^(n\/a|\.\.|-|\[x\]|\[z\])$/i;

export const homeOfficeWorkforceLoader: DatasetLoader = {
  dataset: 'ho_workforce',
  matches: (fileName) => isWorkforceOpenDataName(fileName),
  async load(store, file, sourceId, options) {
    const forces = new ForceNames(options.workspaceForceSlug, 'Force Name', options.knownForces);
    const spec: TableSpec = {
      dataset: 'ho_workforce',
      table: 'ho_workforce',
      columns: HO_WORKFORCE_COLUMNS,
      headerSearchRows: HOME_OFFICE_HEADER_SEARCH_ROWS,
      insertColumns: [
        { name: 'as_at', type: 'DATE' },
        { name: 'period', type: 'DATE' },
        { name: 'geo_code', type: 'VARCHAR' },
        { name: 'force_name', type: 'VARCHAR' },
        { name: 'force_slug', type: 'VARCHAR' },
        { name: 'region', type: 'VARCHAR' },
        { name: 'sex', type: 'VARCHAR' },
        { name: 'rank', type: 'VARCHAR' },
        { name: 'worker_type', type: 'VARCHAR' },
        { name: 'headcount', type: 'DOUBLE' },
        { name: 'fte', type: 'DOUBLE' },
      ],
      parseRow(cells, at) {
        const problems: Problem[] = [];
        const yearText = cells.get(YEAR);
        const year = /^(19|20)\d{2}$/.test(yearText) ? Number(yearText) : undefined;
        if (year === undefined)
          problems.push(messages.ingest.badWorkforceYear(at, YEAR, quoteFound(yearText)));
        const forceName = requiredText(cells, 'Force Name', at, problems, 'the name of a police force area');
        const workerType = requiredText(
          cells,
          'Worker type',
          at,
          problems,
          'a worker type such as Police Officer',
        );
        const headcount = measureCell(cells, 'Total (headcount)', at, problems);
        const fte = measureCell(cells, 'Total (FTE)', at, problems);
        if (year === undefined || forceName === undefined || workerType === undefined) return problems;
        if (headcount === undefined || fte === undefined) return problems;
        const forceSlug = forces.slugFor(forceName, at.file, at.line);
        const period = `${year}-03-01`;
        return {
          forceSlug,
          period,
          values: [
            `${year}-03-31`,
            period,
            optionalText(cells, 'Geo code'),
            forceName,
            forceSlug,
            optionalText(cells, 'Region'),
            optionalText(cells, 'Sex'),
            optionalText(cells, 'Rank description'),
            workerType.toLowerCase(),
            headcount,
            fte,
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

/** A headcount or FTE: a number 0 or more, or null where the table writes N/A. */
function measureCell(
  cells: RowCells,
  column: string,
  at: At,
  problems: Problem[],
): number | null | undefined {
  const text = cells.get(column);
  if (text === '' || NOT_APPLICABLE.test(text)) return null;
  const value = Number(text.replace(/,/g, ''));
  if (Number.isFinite(value) && value >= 0 && /^[\d,]*\.?\d+$/.test(text)) return value;
  problems.push(messages.ingest.notAWorkforceNumber(at, column, quoteFound(text)));
  return undefined;
}
