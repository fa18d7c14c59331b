/**
 * Views that join data.police.uk's files the way the domain brief says they must be joined: an
 * outcomes file for month M holds outcomes for crimes from earlier months (up to about two years
 * back), so outcomes join to crimes by Crime ID across the whole store, and when a crime has several
 * outcome rows the latest by month wins (ties: the later source, then the later line). Only current
 * (not superseded) versions take part.
 */
export const policeUkViewStatements: readonly string[] = [
  `CREATE VIEW police_uk_latest_outcome AS
    SELECT crime_id, month AS outcome_month, outcome_type, force_slug, source_id, line
    FROM current_police_uk_outcomes
    QUALIFY row_number() OVER (PARTITION BY crime_id ORDER BY month DESC, source_id DESC, line DESC) = 1`,
  // Each current street crime with its latest outcome: from the outcomes files when there is one,
  // else the street file's own 'Last outcome category'. ASB rows (no Crime ID) have no outcome.
  `CREATE VIEW police_uk_crime_outcome AS
    SELECT s.source_id, s.line, s.crime_id, s.month, s.force_slug, s.crime_type, s.lsoa_code,
      coalesce(o.outcome_type, nullif(s.last_outcome_category, '')) AS outcome,
      o.outcome_month,
      CASE WHEN o.crime_id IS NOT NULL THEN 'outcomes' WHEN nullif(s.last_outcome_category, '') IS NOT NULL
        THEN 'street' END AS outcome_from
    FROM current_police_uk_street s
    LEFT JOIN police_uk_latest_outcome o ON o.crime_id = s.crime_id
    WHERE s.crime_id IS NOT NULL`,
];
