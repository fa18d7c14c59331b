/**
 * The vocabulary the built-in catalogue is checked against: the reference tables' offence codes and
 * police.uk crime types, and the workspace's satisfaction cohorts (passed in: the catalogue sits
 * below the workspace layer and does not read its configuration).
 */
import { normaliseOffenceCode, POLICE_UK_CRIME_TYPES } from '../reference/index.js';
import type { MeasureVocabulary } from './checkMeasure.js';

/** The cohorts of a workspace created with the default configuration. */
export const DEFAULT_COHORTS = [
  'domestic_abuse',
  'vehicle_crime',
  'violence',
  'burglary',
  'hate_crime',
] as const;

export function referenceVocabulary(cohorts: readonly string[] = DEFAULT_COHORTS): MeasureVocabulary {
  return {
    normaliseOffenceCode: (text) => normaliseOffenceCode(text),
    policeUkCategories: POLICE_UK_CRIME_TYPES,
    cohorts,
  };
}
