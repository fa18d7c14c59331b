/**
 * What a dataset's loader tells the shared table engine (loadTable.ts): its columns, where its header
 * may be, how a row becomes values for its fact table, and how those values are inserted.
 */

import type { Dataset } from '../../catalogue/formats.js';
import type { At } from '../../errors/messages/ingest.js';
import type { Problem } from '../../errors/problem.js';
import type { StagedValue } from './stagingCsv.js';

/** The current row's cells by column name (as the format writes it), trimmed. */
export interface RowCells {
  get(column: string): string;
}

export interface ParsedRow {
  /** One value per `insertColumns` entry, in order. */
  readonly values: readonly StagedValue[];
  readonly forceSlug: string;
  /** 'YYYY-MM-01': the month, or the financial quarter's first day, the row counts towards. */
  readonly period: string;
}

/** A column of the fact table, as staged in the scratch CSV. */
export interface InsertColumn {
  readonly name: string;
  /** The type DuckDB reads the staged value as. */
  readonly type: 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE';
  /** SQL over the staged column when it needs converting (e.g. a ';' list to VARCHAR[]). */
  readonly select?: string;
}

export interface TableSpec {
  readonly dataset: Dataset;
  /** The fact table (src/store/schema.ts). */
  readonly table: string;
  /** The header, as the format defines it (src/catalogue/formats.ts). */
  readonly columns: readonly string[];
  /** 1: the header is the first row. More: rows that may precede it (titles, notes). */
  readonly headerSearchRows: number;
  readonly insertColumns: readonly InsertColumn[];
  /**
   * Insert columns that together must be unique within the file (checked in DuckDB on the staged
   * rows: see insertStaged.ts), the column named in the problem, and the staged period column. The
   * staged columns must include `force_slug`. Meant for single-sheet files (the problem names the
   * file, not a sheet).
   */
  readonly uniqueKey?: {
    readonly columns: readonly string[];
    readonly field: string;
    readonly period: string;
  };
  /** Validate one data row: its values, or every problem found in it. */
  parseRow(cells: RowCells, at: Required<At>): ParsedRow | Problem[];
}
