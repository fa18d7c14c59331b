/**
 * The input formats Scrutiny reads, as data: the one place that says which columns each file has
 * and how files are recognised. The source adapters validate against these lists and the demo
 * generator writes them, so the two can never drift apart. docs/formats.md explains each one.
 */

/** Every dataset; the value is what `sources.format` and `coverage.dataset` hold in the store. */
export const DATASETS = [
  'police_uk_street',
  'police_uk_outcomes',
  'police_uk_stop_search',
  'ho_recorded_crime',
  'ho_outcomes',
  'ho_workforce',
  'published_tables',
  'force_crimes',
  'force_satisfaction',
  'force_ocg_disruptions',
] as const;
export type Dataset = (typeof DATASETS)[number];

/** data.police.uk CSV headers, exactly as published. */
export const POLICE_UK_STREET_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

export const POLICE_UK_OUTCOMES_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Outcome type',
] as const;

export const POLICE_UK_STOP_SEARCH_COLUMNS = [
  'Type',
  'Date',
  'Part of a policing operation',
  'Policing operation',
  'Latitude',
  'Longitude',
  'Gender',
  'Age range',
  'Self-defined ethnicity',
  'Officer-defined ethnicity',
  'Legislation',
  'Object of search',
  'Outcome',
  'Outcome linked to object of search',
  'Removal of more than just outer clothing',
] as const;

/**
 * data.police.uk file names inside an archive: `YYYY-MM/YYYY-MM-<force-slug>-<kind>.csv`.
 * Groups: 1 = month, 2 = force slug, 3 = kind.
 */
export const POLICE_UK_FILE_NAME =
  /^(\d{4}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*?)-(street|outcomes|stop-and-search)\.csv$/;
/** An archive as published: `YYYY-MM.zip` (the archive month), or any zip holding such files. */
export const POLICE_UK_ARCHIVE_NAME = /^(\d{4}-\d{2})\.zip$/;

/** Home Office police recorded crime open data table, force-area level (columns as published). */
export const HO_RECORDED_CRIME_COLUMNS = [
  'Financial Year',
  'Financial Quarter',
  'Force Name',
  'Offence Description',
  'Offence Group',
  'Offence Subgroup',
  'Offence Code',
  'Number of Offences',
] as const;

/**
 * Home Office crime outcomes open data table. Two counts per row: outcomes recorded (assigned) in the
 * quarter, and outcomes of offences that were recorded in the quarter. No real copy of this table is
 * in the repository; the layout follows the published user guide as described in docs/formats.md.
 */
export const HO_OUTCOMES_COLUMNS = [
  'Financial Year',
  'Financial Quarter',
  'Force Name',
  'Offence Description',
  'Offence Group',
  'Offence Subgroup',
  'Offence Code',
  'Outcome Description',
  'Outcome Group',
  'Outcome Type',
  'Force outcomes recorded in quarter',
  'Force outcomes for offences recorded in quarter',
] as const;

/**
 * Home Office police workforce open data table, sheet 'Data' (real copy: the July 2023 release in
 * ../shared/data/home-office). One row per force, year, sex, rank and worker type.
 */
export const HO_WORKFORCE_COLUMNS = [
  'As at 31 March...',
  'Geo code',
  'Force Name',
  'Region',
  'Sex',
  'Rank description',
  'Worker type',
  'Total (headcount)',
  'Total (FTE)',
] as const;

/** Force extract (defined by Scrutiny; docs/formats.md). */
export const FORCE_CRIMES_COLUMNS = [
  'crime_ref',
  'recorded_date',
  'offence_code',
  'district',
  'lsoa_code',
  'outcome_code',
  'outcome_date',
  'flags',
] as const;
export const FORCE_SATISFACTION_COLUMNS = ['month', 'cohort', 'responses', 'satisfied'] as const;
export const FORCE_OCG_COLUMNS = ['date', 'level', 'adults_safeguarded', 'children_safeguarded'] as const;

/** A force extract is a folder named for its extract date, holding any of the three files. */
export const FORCE_EXTRACT_FOLDER = /^force-extract-(\d{4}-\d{2}-\d{2})$/;
export const FORCE_EXTRACT_FILES = {
  'crimes.csv': 'force_crimes',
  'satisfaction.csv': 'force_satisfaction',
  'ocg_disruptions.csv': 'force_ocg_disruptions',
} as const satisfies Record<string, Dataset>;

export const CRIME_FLAGS = ['knife', 'firearm', 'domestic_abuse', 'hate', 'exceptional_incident'] as const;
export type CrimeFlag = (typeof CRIME_FLAGS)[number];
export const OCG_LEVELS = ['major', 'moderate', 'minor'] as const;
export type OcgLevel = (typeof OCG_LEVELS)[number];
