/** Every dataset loader the pipeline knows, in the order it asks them whether a file is theirs. */
import { forceExtractLoaders } from './forceExtract/index.js';
import { homeOfficeLoaders } from './homeOffice/index.js';
import type { DatasetLoader } from './loader.js';
import { policeUkLoaders } from './policeUk/index.js';
import { publishedTablesLoader } from './publishedTables/publishedTablesLoader.js';

export const allLoaders: readonly DatasetLoader[] = [
  ...policeUkLoaders,
  ...homeOfficeLoaders,
  publishedTablesLoader,
  ...forceExtractLoaders,
];

/** The first loader that recognises the file, or undefined. */
export function pickLoader(
  loaders: readonly DatasetLoader[],
  fileName: string,
  header: readonly string[],
): DatasetLoader | undefined {
  return loaders.find((loader) => loader.matches(fileName, header));
}
