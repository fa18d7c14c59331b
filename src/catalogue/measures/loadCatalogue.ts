/**
 * The measure catalogue: the built-in YAML files beside this module, then a workspace's own
 * `measures/*.yaml`. A workspace entry with the id of a built-in measure replaces it; a new id is
 * added. The catalogue's order is the order the statement prints: by NCPM priority, police.uk proxies
 * after the measures from force or Home Office data, and otherwise as the files list them (files
 * read in name order).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { MeasureVocabulary } from './checkMeasure.js';
import { type LocatedMeasure, parseMeasureFile } from './parseMeasureFile.js';
import { PRIORITIES } from './schema.js';

/**
 * The folder holding the built-in measure files: beside this module when the sources run (tsx), or
 * dist/catalogue/measures/ when the build runs (scripts/build.mjs copies them there; the bundle's
 * files sit one folder below dist/).
 */
export const BUILTIN_MEASURES_DIR = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '.' : '../catalogue/measures/', import.meta.url),
);

export interface MeasureCatalogue {
  /** Valid measures, in catalogue order, each with where it was defined. */
  readonly entries: readonly LocatedMeasure[];
  /** Problems of the entries that were not loaded (errors) and a warning naming each one. */
  readonly problems: readonly Problem[];
}

export interface CatalogueOptions {
  readonly vocabulary: MeasureVocabulary;
  /** Defaults to BUILTIN_MEASURES_DIR. */
  readonly builtinDir?: string;
  /** The workspace's measures/ folder; absent or missing folders add nothing. */
  readonly workspaceDir?: string;
}

export function loadMeasureCatalogue(options: CatalogueOptions): MeasureCatalogue {
  const problems: Problem[] = [];
  const builtin = readFolder(options.builtinDir ?? BUILTIN_MEASURES_DIR, options.vocabulary, problems);
  const own = options.workspaceDir ? readFolder(options.workspaceDir, options.vocabulary, problems) : [];
  const entries = [...builtin];
  for (const entry of own) {
    const at = entries.findIndex((e) => e.measure.id === entry.measure.id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
  }
  return { entries: inStatementOrder(entries), problems };
}

function inStatementOrder(entries: readonly LocatedMeasure[]): LocatedMeasure[] {
  const key = (e: LocatedMeasure) =>
    PRIORITIES.indexOf(e.measure.priority) * 2 + (e.measure.source === 'police_uk' ? 1 : 0);
  // Array.prototype.sort is stable, so entries of equal key keep their file order.
  return [...entries].sort((a, b) => key(a) - key(b));
}

/** Every *.yaml/*.yml file of one folder; an id repeated inside the folder is an error. */
function readFolder(dir: string, vocabulary: MeasureVocabulary, problems: Problem[]): LocatedMeasure[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
  const seen = new Map<string, LocatedMeasure>();
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseMeasureFile(readFileSync(file, 'utf8'), file, vocabulary);
    problems.push(...parsed.problems);
    for (const entry of parsed.entries) {
      const first = seen.get(entry.measure.id);
      if (first) {
        problems.push(
          messages.measures.duplicateMeasure(file, entry.measure.id, entry.line, first.file, first.line),
          messages.measures.measureSkipped(file, entry.measure.id, entry.line),
        );
        continue;
      }
      seen.set(entry.measure.id, entry);
    }
  }
  return [...seen.values()];
}
