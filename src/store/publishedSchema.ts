/**
 * Fact tables of the published statistics that are not per-offence quarterly counts (migration 2,
 * schema.ts): the Home Office police workforce open data table, and the cells of the wide published
 * tables (ONS police force area tables, Home Office workforce bulletin tables) in long form.
 */
export const publishedTableStatements: readonly string[] = [
  `CREATE TABLE ho_workforce (
    source_id INTEGER NOT NULL, line INTEGER NOT NULL,
    as_at DATE NOT NULL,              -- 31 March of the year
    period DATE NOT NULL,             -- first of the as-at month (the coverage period)
    geo_code VARCHAR, force_name VARCHAR NOT NULL, force_slug VARCHAR NOT NULL,
    region VARCHAR, sex VARCHAR, rank VARCHAR,
    worker_type VARCHAR NOT NULL,     -- lower case: the published case varies between years
    headcount DOUBLE, fte DOUBLE      -- NULL where the table writes N/A
  )`,
  `CREATE TABLE published_cells (
    source_id INTEGER NOT NULL, line INTEGER NOT NULL,
    sheet VARCHAR NOT NULL,           -- the workbook sheet ('' for a CSV)
    table_id VARCHAR NOT NULL,        -- 'P1', 'C2', '1': the number in the sheet's title
    table_title VARCHAR NOT NULL,
    period_start DATE NOT NULL,       -- the period the table covers (the coverage period)
    period_end DATE NOT NULL,
    area_kind VARCHAR NOT NULL,       -- country | region | force | csp | district | unassigned
    area_code VARCHAR, area_name VARCHAR NOT NULL,
    force_slug VARCHAR NOT NULL,      -- the force area the row is in; '' for a country or region
    column_label VARCHAR NOT NULL,    -- the column's header path, footnote marks removed
    value DOUBLE,                     -- NULL where the table writes a marker
    marker VARCHAR                    -- '[x]', '..', '-', ':' ... as published
  )`,
];

/** [table, period column, dataset] of each table, for its `current_` view. */
export const publishedTableViews: readonly (readonly [string, string, string])[] = [
  ['ho_workforce', 'period', 'ho_workforce'],
  ['published_cells', 'period_start', 'published_tables'],
];
