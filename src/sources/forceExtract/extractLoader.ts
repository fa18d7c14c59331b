/**
 * What the three force extract loaders share. An extract is a folder `force-extract-YYYY-MM-DD`
 * holding crimes.csv, satisfaction.csv and/or ocg_disruptions.csv, for the workspace's own force
 * (the files carry no force column). The extract date is the version: a later extract covering the
 * same months supersedes the earlier one for those months, both stay in the store.
 */
import { basename, dirname } from 'node:path';
import { type Dataset, FORCE_EXTRACT_FILES } from '../../catalogue/formats.js';
import { messages } from '../../errors/messages.js';
import type { DatasetLoader, IngestFile, LoadOptions } from '../loader.js';
import { matchHeader } from '../spreadsheet/headerMatch.js';
import { loadTable } from '../spreadsheet/loadTable.js';
import type { InsertColumn, ParsedRow, RowCells, TableSpec } from '../spreadsheet/tableSpec.js';

export interface ExtractFileDefinition {
  readonly dataset: Dataset;
  readonly table: string;
  readonly columns: readonly string[];
  readonly insertColumns: readonly InsertColumn[];
  readonly uniqueKey?: TableSpec['uniqueKey'];
  /** A fresh row parser for each file. */
  makeParser(context: { readonly forceSlug: string; readonly options: LoadOptions }): TableSpec['parseRow'];
}

export type { ParsedRow, RowCells };

export function extractLoader(definition: ExtractFileDefinition): DatasetLoader {
  const fileName = Object.entries(FORCE_EXTRACT_FILES).find(
    ([, dataset]) => dataset === definition.dataset,
  )?.[0];
  return {
    dataset: definition.dataset,
    matches(name, header) {
      if (name.toLowerCase() === fileName) return true;
      const match = matchHeader(definition.columns, header);
      return match.missing.length === 0 && match.unexpected.length === 0;
    },
    async load(store, file, sourceId, options) {
      if (file.extractDate === undefined) {
        return {
          rowsAccepted: 0,
          rowsRejected: 0,
          problems: [messages.ingest.noExtractDate(file.displayPath, `"${folderOf(file)}"`)],
          rejects: [],
          coverage: [],
          versionKey: '',
        };
      }
      const forceSlug = file.forceSlug ?? options.workspaceForceSlug;
      const spec: TableSpec = {
        dataset: definition.dataset,
        table: definition.table,
        columns: definition.columns,
        headerSearchRows: 1,
        insertColumns: definition.insertColumns,
        ...(definition.uniqueKey ? { uniqueKey: definition.uniqueKey } : {}),
        parseRow: definition.makeParser({ forceSlug, options }),
      };
      const outcome = await loadTable(store, file, sourceId, options, spec);
      return { ...outcome, versionKey: file.extractDate };
    },
  };
}

function folderOf(file: IngestFile): string {
  return basename(dirname(file.displayPath.split('!').at(-1) ?? file.displayPath));
}
