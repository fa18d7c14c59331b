/**
 * The publication filter for one output of a workspace: the catalogue's OFFICIAL-SENSITIVE measures
 * as they stand now, plus any the measures result itself marks not public.
 */
import type { Classification } from '../document/model.js';
import type { MeasuresResult } from '../measures/result.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import type { WorkspacePaths } from '../workspace/paths.js';
import { PublicationFilter } from './publicationFilter.js';
import { sensitiveMeasures } from './sensitiveMeasures.js';

export { PublicationFilter, type PublicationScope } from './publicationFilter.js';
export { publicPath } from './publicPath.js';
export { type NowSensitive, nowSensitiveIn } from './recheck.js';
export { sensitiveMeasures } from './sensitiveMeasures.js';

export function publicationFilter(
  workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig },
  classification: Classification,
  result?: MeasuresResult,
): PublicationFilter {
  const sensitive = new Set(
    sensitiveMeasures(workspace.paths.root, workspace.config.satisfaction.cohorts).keys(),
  );
  for (const m of result?.measures ?? [])
    if (!m.public || m.classification !== 'OFFICIAL') sensitive.add(m.id);
  return new PublicationFilter({
    classification,
    workspaceRoot: workspace.paths.root,
    sensitiveMeasures: sensitive,
  });
}

/**
 * The result as figures.json publishes it (and as a document built from it may show it): OFFICIAL
 * by default, the safe side. The measures the result marks not public are the sensitive ones.
 */
export function publishableResult(
  result: MeasuresResult,
  workspaceRoot: string,
  classification: Classification = 'OFFICIAL',
): MeasuresResult {
  const sensitiveMeasures = new Set(
    result.measures.filter((m) => !m.public || m.classification !== 'OFFICIAL').map((m) => m.id),
  );
  return new PublicationFilter({ classification, workspaceRoot, sensitiveMeasures }).result(result);
}
