/**
 * The measures no OFFICIAL output may show, as the catalogue says now: built-in measures and the
 * workspace's measures/*.yaml marked OFFICIAL-SENSITIVE, by id with their titles. Read afresh by
 * every output, so a measure reclassified since a file was written is caught when that file is
 * published again (recheck.ts).
 */
import { join } from 'node:path';
import { loadMeasureCatalogue } from '../catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../catalogue/measures/vocabulary.js';

/** Id -> title of every OFFICIAL-SENSITIVE measure of the workspace's catalogue. */
export function sensitiveMeasures(
  workspaceRoot: string,
  cohorts: readonly string[],
): ReadonlyMap<string, string> {
  const catalogue = loadMeasureCatalogue({
    vocabulary: referenceVocabulary(cohorts),
    workspaceDir: join(workspaceRoot, 'measures'),
  });
  return new Map(
    catalogue.entries
      .filter((e) => e.measure.classification !== 'OFFICIAL')
      .map((e) => [e.measure.id, e.measure.title] as const),
  );
}
