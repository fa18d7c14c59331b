/**
 * Everything the site shows, gathered from the workspace:
 *   1. the figures: the measures result for the quarter and the district series (figuresCache.ts:
 *      computed from the store only when the store, the configuration or the catalogue changed);
 *   2. the statements in out/statements/ (OFFICIAL ones only);
 *   3. the analysts' commentary of the quarter (commentary/<2023-24-Q4>/<priority>.md);
 *   4. the governance records: the Board's focus topics for the year, the scrutiny questions;
 *   5. the districts of the configuration, and the figures of each public measure in each district
 *      (siteDistrictFigures.ts: worked out here, from the filtered series, so pages only render);
 * and the one publication filter (src/publication) applied before anything reaches a page.
 */
import { existsSync } from 'node:fs';
import type { Problem } from '../../../errors/problem.js';
import {
  catalogueMeasureIds,
  gpbFocusTopics,
  loadGovernance,
  parseReportingPeriod,
  questionAsRecorded,
} from '../../../governance/index.js';
import { forceDistricts } from '../../../measures/forceDistricts.js';
import { readPeriodCommentary } from '../../../narrative/commentaryFiles.js';
import { publicationFilter, sensitiveMeasures } from '../../../publication/index.js';
import type { SiteModel } from '../../../site/model.js';
import { financialYearLabel, financialYearOf } from '../../../stats/calendar.js';
import type { WorkspaceConfig } from '../../../workspace/config.js';
import type { WorkspacePaths } from '../../../workspace/paths.js';
import { cachedFigures, type FiguresOptions, type SiteFigures } from './figuresCache.js';
import { siteDistrictFigures } from './siteDistrictFigures.js';
import { findStatements, publicSiteResult } from './statements.js';

export interface GatherOptions extends FiguresOptions {
  /** Figures already in memory for the same key (site serve), so even the cache file is not read. */
  readonly figures?: (
    paths: WorkspacePaths,
    config: WorkspaceConfig,
    options: FiguresOptions,
  ) => Promise<SiteFigures>;
}

export interface Gathered {
  readonly model: SiteModel;
  readonly problems: readonly Problem[];
}

export async function gatherSite(
  paths: WorkspacePaths,
  config: WorkspaceConfig,
  options: GatherOptions,
): Promise<Gathered> {
  const figures = await (options.figures ?? cachedFigures)(paths, config, options);
  const { period } = figures;
  // The figures hold every measure of the catalogue as it stands (the cache is keyed by it).
  const filter = publicationFilter(figures.result, 'OFFICIAL', paths.root);
  const result = publicSiteResult(filter, figures.result);
  const publicIds = new Set(result.measures.map((m) => m.id));
  const statements = findStatements(paths.out, { sensitive: sensitiveMeasures(figures.result), filter });
  const commentary = readPeriodCommentary(paths.commentary, period, paths.root);

  const year = financialYearLabel(financialYearOf(period.last));
  const hasGovernance = existsSync(paths.governance);
  const records = hasGovernance
    ? filter.records(
        loadGovernance(paths.governance, {
          knownMeasures: catalogueMeasureIds(paths.root, config.satisfaction.cohorts),
        }),
      )
    : undefined;
  const yearPeriod = parseReportingPeriod(year);
  const focusTopics = records && yearPeriod ? gpbFocusTopics(records, yearPeriod) : [];
  // Of the questions the filter lets through, those about measures the site shows (or about none).
  const questions = [...(records?.questions ?? [])]
    .filter((q) => q.measures.every((id) => publicIds.has(id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map(questionAsRecorded);

  const districtSeries = filter.districtSeries(figures.districtSeries);
  const districts = forceDistricts(config);
  const model: SiteModel = {
    organisation: `${config.commissioner.office}`,
    force: { name: config.force.name, area: config.force.area, population: config.force.population },
    commissioner: config.commissioner,
    period,
    result,
    districtSeries,
    districts,
    districtFigures: siteDistrictFigures(result, districtSeries, districts, period),
    statements: statements.statements,
    commentary: commentary.files.map((f) => ({ name: f.name, text: f.text })),
    governance: { focusTopics, focusYear: year, questions },
    builtAt: options.now.toISOString(),
    version: options.version,
  };
  // Commentary problems (no folder yet) are the statement's business; the site just shows none.
  return { model, problems: [...figures.catalogueProblems, ...statements.problems] };
}
