/**
 * A measure's definition as a SHA-256: what it counts (source, statistic, selection), not how it is
 * titled or described. figures.json carries it per measure, so a later statement can tell a figure
 * that changed because the catalogue's definition changed from one whose data were republished.
 * The selection is hashed as the catalogue schema parses it (its keys in the schema's order).
 */
import { createHash } from 'node:crypto';
import type { Measure } from './schema.js';

export function definitionSha256(measure: Pick<Measure, 'source' | 'statistic' | 'selection'>): string {
  const definition = { source: measure.source, statistic: measure.statistic, selection: measure.selection };
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
}
