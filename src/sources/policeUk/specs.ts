/**
 * The three data.police.uk files as DuckDB reads them: each published column with the name and type
 * it is read as, and how the row lands in its store table. Types are explicit (no sniffing), so a bad
 * value is a reject with its line and column rather than a silently widened column.
 */
import {
  type Dataset,
  POLICE_UK_OUTCOMES_COLUMNS,
  POLICE_UK_STOP_SEARCH_COLUMNS,
  POLICE_UK_STREET_COLUMNS,
} from '../../catalogue/formats.js';

export type PoliceUkKind = 'street' | 'outcomes' | 'stop-and-search';

export interface ReadColumn {
  /** The column as published. */
  readonly header: string;
  /** The name DuckDB reads it as (a plain identifier, so SQL needs no quoting). */
  readonly name: string;
  readonly type: 'VARCHAR' | 'DATE' | 'DOUBLE';
}

/**
 * A typed value the reader cannot check itself, converted in the INSERT and checked after it: a
 * stored NULL where the file holds a value is an unreadable value, reported with its line.
 */
export interface CheckedColumn {
  /** The store column. */
  readonly column: string;
  /** The published column, and its 0-based place in the header. */
  readonly header: string;
  readonly index: number;
  readonly expected: string;
}

export interface PoliceUkSpec {
  readonly kind: PoliceUkKind;
  readonly dataset: Dataset;
  readonly table: 'police_uk_street' | 'police_uk_outcomes' | 'police_uk_stop_search';
  readonly columns: readonly ReadColumn[];
  /**
   * Store columns after source_id and line, and the expression for each over the read columns and
   * the batch table's `batch_slug` and `batch_month` (the force and month of the file's name).
   */
  readonly insert: readonly (readonly [column: string, expression: string])[];
  /**
   * Text columns that must not be empty, checked after the insert. (Empty months are caught by the
   * reader itself: every date column is read with force_not_null, so '' fails its cast.)
   */
  readonly required: readonly string[];
  /** Typed values converted in the INSERT (see CheckedColumn). */
  readonly checked: readonly CheckedColumn[];
  /** Whether rows carry a Month column that must equal the month in the file's name. */
  readonly monthColumn: boolean;
}

const TYPES: Record<string, ReadColumn['type']> = {
  Month: 'DATE',
  Longitude: 'DOUBLE',
  Latitude: 'DOUBLE',
};

/**
 * The stop-and-search Date is read as text and converted in the INSERT: DuckDB's CSV reader turns an
 * unreadable TIMESTAMPTZ ('yesterday', '2024-02-30T06:20:46+00:00') into NULL without a reject, and
 * reading it as TIMESTAMP would drop the '+01:00' offset of summer times.
 */
const SEARCH_DATE = 'try_cast(date AS TIMESTAMPTZ)';

function readColumns(headers: readonly string[]): ReadColumn[] {
  return headers.map((header) => ({
    header,
    name: header
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, ''),
    type: TYPES[header] ?? 'VARCHAR',
  }));
}

const located = [
  ['reported_by', 'reported_by'],
  ['falls_within', 'falls_within'],
  ['force_slug', 'batch_slug'],
  ['longitude', 'longitude'],
  ['latitude', 'latitude'],
  ['location', 'location'],
  ['lsoa_code', 'lsoa_code'],
  ['lsoa_name', 'lsoa_name'],
] as const;

export const STREET: PoliceUkSpec = {
  kind: 'street',
  dataset: 'police_uk_street',
  table: 'police_uk_street',
  columns: readColumns(POLICE_UK_STREET_COLUMNS),
  insert: [
    // An empty Crime ID is anti-social behaviour: kept, with a NULL id.
    ['crime_id', "nullif(crime_id, '')"],
    ['month', 'month'],
    ...located,
    ['crime_type', 'crime_type'],
    ['last_outcome_category', 'last_outcome_category'],
    ['context', 'context'],
  ],
  required: ['crime_type'],
  checked: [],
  monthColumn: true,
};

export const OUTCOMES: PoliceUkSpec = {
  kind: 'outcomes',
  dataset: 'police_uk_outcomes',
  table: 'police_uk_outcomes',
  columns: readColumns(POLICE_UK_OUTCOMES_COLUMNS),
  insert: [['crime_id', 'crime_id'], ['month', 'month'], ...located, ['outcome_type', 'outcome_type']],
  required: ['crime_id', 'outcome_type'],
  checked: [],
  monthColumn: true,
};

export const STOP_AND_SEARCH: PoliceUkSpec = {
  kind: 'stop-and-search',
  dataset: 'police_uk_stop_search',
  table: 'police_uk_stop_search',
  columns: readColumns(POLICE_UK_STOP_SEARCH_COLUMNS),
  insert: [
    ['force_slug', 'batch_slug'],
    // The file carries no month column: a search belongs to the month of the file it is published in.
    ['month', 'batch_month'],
    ['type', 'type'],
    ['searched_at', SEARCH_DATE],
    ['part_of_operation', 'part_of_a_policing_operation'],
    ['policing_operation', 'policing_operation'],
    ['latitude', 'latitude'],
    ['longitude', 'longitude'],
    ['gender', 'gender'],
    ['age_range', 'age_range'],
    ['self_defined_ethnicity', 'self_defined_ethnicity'],
    ['officer_defined_ethnicity', 'officer_defined_ethnicity'],
    ['legislation', 'legislation'],
    ['object_of_search', 'object_of_search'],
    ['outcome', 'outcome'],
    ['outcome_linked_to_object', 'outcome_linked_to_object_of_search'],
    ['removal_of_outer_clothing', 'removal_of_more_than_just_outer_clothing'],
  ],
  required: [],
  checked: [
    {
      column: 'searched_at',
      header: 'Date',
      index: POLICE_UK_STOP_SEARCH_COLUMNS.indexOf('Date'),
      expected: 'an ISO 8601 date and time such as 2025-01-31T14:05:00+00:00',
    },
  ],
  monthColumn: false,
};

export const POLICE_UK_SPECS: readonly PoliceUkSpec[] = [STREET, OUTCOMES, STOP_AND_SEARCH];
