/**
 * The measure ids governance records may name: every measure of the built-in catalogue plus the
 * workspace's own measures/ folder. Entries the catalogue rejects are left out (so a record naming
 * one is reported); `scrutiny measures` reports why they were rejected.
 */
import { join } from 'node:path';
import { loadMeasureCatalogue } from '../catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../catalogue/measures/vocabulary.js';

export function catalogueMeasureIds(workspaceRoot: string, cohorts: readonly string[]): ReadonlySet<string> {
  const catalogue = loadMeasureCatalogue({
    vocabulary: referenceVocabulary(cohorts),
    workspaceDir: join(workspaceRoot, 'measures'),
  });
  return new Set(catalogue.entries.map((e) => e.measure.id));
}
