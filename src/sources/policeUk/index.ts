/**
 * The data.police.uk loaders: street crime, outcomes and stop and search. A file is recognised by its
 * published name `YYYY-MM-<force-slug>-<kind>.csv`; the force is the slug in the name (a file for
 * another force is kept under its own slug), and `Falls within` is stored as published.
 */
import { basename } from 'node:path';
import { POLICE_UK_FILE_NAME } from '../../catalogue/formats.js';
import type { DatasetLoader, IngestFile } from '../loader.js';
import { loadPoliceUkFiles, type PoliceUkFileInfo, type PoliceUkItem } from './loadPoliceUkCsv.js';
import { POLICE_UK_SPECS, type PoliceUkKind, type PoliceUkSpec } from './specs.js';

/** The month, force slug and kind a police.uk file name states, or undefined for another name. */
export function parsePoliceUkFileName(
  fileName: string,
): (PoliceUkFileInfo & { readonly kind: PoliceUkKind }) | undefined {
  const match = POLICE_UK_FILE_NAME.exec(basename(fileName));
  if (!match) return undefined;
  const [, month, forceSlug, kind] = match;
  return { month: month!, forceSlug: forceSlug!, kind: kind as PoliceUkKind };
}

function policeUkLoader(spec: PoliceUkSpec): DatasetLoader {
  return {
    dataset: spec.dataset,
    matches: (fileName) => parsePoliceUkFileName(fileName)?.kind === spec.kind,
    load: async (store, file, sourceId, options) => {
      const [result] = await loadPoliceUkFiles(spec, store, [item(file, sourceId)], options);
      return result!;
    },
    loadBatch: (store, files, options) =>
      loadPoliceUkFiles(
        spec,
        store,
        files.map(({ file, sourceId }) => item(file, sourceId)),
        options,
      ),
  };
}

function item(file: IngestFile, sourceId: number): PoliceUkItem {
  const info = parsePoliceUkFileName(file.fileName);
  if (!info) throw new Error(`police.uk loader given ${file.fileName}, which it does not match`);
  return { file, info, sourceId };
}

export const policeUkLoaders: readonly DatasetLoader[] = POLICE_UK_SPECS.map(policeUkLoader);
