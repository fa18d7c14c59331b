/**
 * The publication filter for one output: the measures no OFFICIAL output may show are those the
 * measures result marks OFFICIAL-SENSITIVE (not public). The result holds every measure of the
 * catalogue as it stands now (built-in and the workspace's measures/*.yaml, read by runMeasures; the
 * site's cached figures are keyed by the catalogue's content), so a measure reclassified since an
 * earlier output was written is caught when it is published again.
 */
import type { Classification } from '../document/model.js';
import type { MeasuresResult } from '../measures/result.js';
import { PublicationFilter } from './publicationFilter.js';

export { PublicationFilter, type PublicationScope } from './publicationFilter.js';
export { publicPath } from './publicPath.js';
export { type NowSensitive, nowSensitiveIn } from './recheck.js';

/** Id -> title of every measure of the result an OFFICIAL output may not show. */
export function sensitiveMeasures(result: MeasuresResult): ReadonlyMap<string, string> {
  return new Map(
    result.measures.filter((m) => !m.public || m.classification !== 'OFFICIAL').map((m) => [m.id, m.title]),
  );
}

export function publicationFilter(
  result: MeasuresResult,
  classification: Classification,
  workspaceRoot: string,
): PublicationFilter {
  return new PublicationFilter({
    classification,
    workspaceRoot,
    sensitiveMeasures: new Set(sensitiveMeasures(result).keys()),
  });
}

/** The result as figures.json publishes it: OFFICIAL by default, the safe side. */
export function publishableResult(
  result: MeasuresResult,
  workspaceRoot: string,
  classification: Classification = 'OFFICIAL',
): MeasuresResult {
  return publicationFilter(result, classification, workspaceRoot).result(result);
}
