/**
 * The store's schema as an ordered list of migrations. A store records the highest migration it has
 * applied in `scrutiny_meta.schema_version`; opening an older store applies the rest in one
 * transaction, and a newer store is refused (see store.ts).
 *
 * Conventions:
 * - Every fact row carries `source_id`, the file it came from (table `sources`), and `line`, its
 *   line in that file (1-based, counting the header as line 1), so each figure traces back to a line.
 * - Months are stored as DATE on the first of the month; police.uk's 'YYYY-MM' is parsed on ingest.
 * - Versions: `coverage` says which source holds which (dataset, force, period). When a newer
 *   version of the same dataset, force and period arrives, the older row gets `superseded_by`;
 *   facts are never deleted. The `current_*` views keep only the rows of current versions.
 */

import { policeUkViewStatements } from './policeUkViews.js';
import { publishedTableStatements, publishedTableViews } from './publishedSchema.js';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly statements: readonly string[];
}

const v1: Migration = {
  version: 1,
  description: 'sources, coverage and the fact tables of the three input formats',
  statements: [
    `CREATE TABLE scrutiny_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
    `CREATE SEQUENCE source_id_seq START 1`,
    `CREATE TABLE sources (
      source_id INTEGER PRIMARY KEY DEFAULT nextval('source_id_seq'),
      path VARCHAR NOT NULL,            -- as given by the user; inside a zip: 'archive.zip!entry/name.csv'
      file_name VARCHAR NOT NULL,       -- base name of the file itself
      container_sha256 VARCHAR,         -- SHA-256 of the zip it came from, if any
      size_bytes BIGINT NOT NULL,
      sha256 VARCHAR NOT NULL,          -- SHA-256 of the file's bytes as received
      format VARCHAR NOT NULL,          -- dataset, e.g. police_uk_street, ho_recorded_crime, force_crimes
      force_slug VARCHAR,               -- police.uk slug of the force the file is for, when known
      archive_month VARCHAR,            -- police.uk archive month 'YYYY-MM' the file was published in
      extract_date DATE,                -- force extract: the date the force produced it
      version_key VARCHAR NOT NULL,     -- orders versions of the same data: larger is newer
      first_period DATE,                -- first month (or quarter start) the file covers
      last_period DATE,                 -- last month (or quarter start) the file covers
      rows_accepted BIGINT NOT NULL,
      rows_rejected BIGINT NOT NULL,
      ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
      UNIQUE (sha256, format)
    )`,
    `CREATE TABLE coverage (
      source_id INTEGER NOT NULL,
      dataset VARCHAR NOT NULL,
      force_slug VARCHAR NOT NULL,
      period DATE NOT NULL,             -- first day of the month, or of the financial quarter
      row_count BIGINT NOT NULL,
      superseded_by INTEGER,            -- source_id of the newer version, or NULL when current
      PRIMARY KEY (source_id, dataset, force_slug, period)
    )`,
    `CREATE TABLE police_uk_street (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      crime_id VARCHAR,                 -- NULL for anti-social behaviour
      month DATE NOT NULL,
      reported_by VARCHAR, falls_within VARCHAR,
      force_slug VARCHAR NOT NULL,      -- from the file name
      longitude DOUBLE, latitude DOUBLE, location VARCHAR,
      lsoa_code VARCHAR, lsoa_name VARCHAR,
      crime_type VARCHAR NOT NULL,
      last_outcome_category VARCHAR,
      context VARCHAR
    )`,
    `CREATE TABLE police_uk_outcomes (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      crime_id VARCHAR NOT NULL,
      month DATE NOT NULL,
      reported_by VARCHAR, falls_within VARCHAR,
      force_slug VARCHAR NOT NULL,
      longitude DOUBLE, latitude DOUBLE, location VARCHAR,
      lsoa_code VARCHAR, lsoa_name VARCHAR,
      outcome_type VARCHAR NOT NULL
    )`,
    `CREATE TABLE police_uk_stop_search (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      force_slug VARCHAR NOT NULL,
      month DATE NOT NULL,              -- file month, the month the search is published under
      type VARCHAR, searched_at TIMESTAMPTZ,
      part_of_operation VARCHAR, policing_operation VARCHAR,
      latitude DOUBLE, longitude DOUBLE,
      gender VARCHAR, age_range VARCHAR,
      self_defined_ethnicity VARCHAR, officer_defined_ethnicity VARCHAR,
      legislation VARCHAR, object_of_search VARCHAR, outcome VARCHAR,
      outcome_linked_to_object VARCHAR, removal_of_outer_clothing VARCHAR
    )`,
    `CREATE TABLE ho_recorded_crime (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      financial_year VARCHAR NOT NULL,  -- '2023/24'
      financial_quarter INTEGER NOT NULL, -- 1..4, Q1 = April to June
      quarter_start DATE NOT NULL,
      force_name VARCHAR NOT NULL,
      force_slug VARCHAR NOT NULL,
      offence_description VARCHAR, offence_group VARCHAR, offence_subgroup VARCHAR,
      offence_code VARCHAR NOT NULL,    -- normalised: '4.1' (never '4/1')
      offences BIGINT NOT NULL
    )`,
    `CREATE TABLE ho_outcomes (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      financial_year VARCHAR NOT NULL,
      financial_quarter INTEGER NOT NULL,
      quarter_start DATE NOT NULL,
      force_name VARCHAR NOT NULL,
      force_slug VARCHAR NOT NULL,
      offence_description VARCHAR,
      offence_code VARCHAR NOT NULL,
      outcome_type INTEGER NOT NULL,    -- Home Office outcome type 0..22
      outcome_description VARCHAR,
      outcome_group VARCHAR,
      outcomes BIGINT NOT NULL,         -- outcomes recorded (assigned) in the quarter
      outcomes_of_offences_recorded BIGINT -- outcomes of offences recorded in the quarter
    )`,
    `CREATE TABLE force_crimes (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      force_slug VARCHAR NOT NULL,
      crime_ref VARCHAR NOT NULL,
      recorded_date DATE NOT NULL,
      month DATE NOT NULL,              -- first of the recorded month
      offence_code VARCHAR NOT NULL,
      district VARCHAR,
      lsoa_code VARCHAR,
      outcome_code INTEGER,             -- Home Office outcome type 0..22, NULL when none yet
      outcome_date DATE,
      flags VARCHAR[] NOT NULL          -- knife, firearm, domestic_abuse, hate, exceptional_incident
    )`,
    `CREATE TABLE force_satisfaction (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      force_slug VARCHAR NOT NULL,
      month DATE NOT NULL,
      cohort VARCHAR NOT NULL,
      responses INTEGER NOT NULL,
      satisfied INTEGER NOT NULL
    )`,
    `CREATE TABLE force_ocg_disruptions (
      source_id INTEGER NOT NULL, line INTEGER NOT NULL,
      force_slug VARCHAR NOT NULL,
      date DATE NOT NULL,
      month DATE NOT NULL,
      level VARCHAR NOT NULL,           -- major | moderate | minor
      adults_safeguarded INTEGER NOT NULL,
      children_safeguarded INTEGER NOT NULL
    )`,
    ...currentViews([
      ['police_uk_street', 'month', 'police_uk_street'],
      ['police_uk_outcomes', 'month', 'police_uk_outcomes'],
      ['police_uk_stop_search', 'month', 'police_uk_stop_search'],
      ['ho_recorded_crime', 'quarter_start', 'ho_recorded_crime'],
      ['ho_outcomes', 'quarter_start', 'ho_outcomes'],
      ['force_crimes', 'month', 'force_crimes'],
      ['force_satisfaction', 'month', 'force_satisfaction'],
      ['force_ocg_disruptions', 'month', 'force_ocg_disruptions'],
    ]),
    ...policeUkViewStatements,
  ],
};

/** `current_<table>`: the rows whose (source, dataset, force, period) is not superseded. */
function currentViews(tables: readonly (readonly [table: string, periodColumn: string, dataset: string])[]) {
  return tables.map(
    ([table, periodColumn, dataset]) => `CREATE VIEW current_${table} AS
      SELECT f.* FROM ${table} f
      JOIN coverage c ON c.source_id = f.source_id AND c.dataset = '${dataset}'
        AND c.force_slug = f.force_slug AND c.period = f.${periodColumn}
      WHERE c.superseded_by IS NULL`,
  );
}

const v2: Migration = {
  version: 2,
  description: 'the police workforce open data table and the cells of wide published tables',
  statements: [...publishedTableStatements, ...currentViews(publishedTableViews)],
};

export const migrations: readonly Migration[] = [v1, v2];
export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;
