/**
 * The published count tables as the baseline and national position read them: per table (one sheet
 * of one file), its 12 months, and per heading ('Residential burglary', 'Total recorded crime
 * (excluding fraud)') the count of every force area and of England and Wales. A column label is
 * matched on its last heading, a trailing 'Numbers' dropped (P1 writes 'Victim-based crime /
 * Residential burglary / Numbers', C2 'Residential burglary'). A force's row is the FIRST force row
 * of its area in the sheet (C2 lists 'Manchester Airport' after Greater Manchester); the City of
 * London's single CSP row is its force row (the loader stores it so). A cell written as a marker
 * ('..', '[x]') is kept as missing, with the marker, so the force can be named.
 */
import { monthsBetween } from '../../stats/calendar.js';
import type { PublishedCellRow } from '../sql/publishedCells.js';

export interface PublishedCount {
  readonly name: string;
  /** null where the table writes a marker instead of a figure. */
  readonly value: number | null;
  readonly marker: string | null;
}

export interface PublishedTable {
  /** The table's title as published, e.g. 'Table C2: Number of police recorded crimes ...'. */
  readonly title: string;
  /** 'P1', 'C2': the number in the title. */
  readonly tableName: string;
  /** First and last month the table covers, 'YYYY-MM'. */
  readonly first: string;
  readonly last: string;
  /** heading key (headingKey) -> force slug -> count; 'england-and-wales' for the national row. */
  readonly headings: ReadonlyMap<string, ReadonlyMap<string, PublishedCount>>;
}

export const NATIONAL = 'england-and-wales';

/** A heading as compared: lower case, spaces collapsed. */
export function headingKey(heading: string): string {
  return heading.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The last heading of a column label, a trailing 'Numbers' dropped. */
function columnHeading(label: string): string {
  const parts = label.split(' / ').map(headingKey);
  if (parts.length > 1 && parts.at(-1) === 'numbers') parts.pop();
  return parts.at(-1) ?? '';
}

/** Tables of 12 months, in the order their rows came (file, sheet, line). */
export function groupPublishedTables(rows: readonly PublishedCellRow[]): PublishedTable[] {
  const tables = new Map<
    string,
    { table: PublishedTable; headings: Map<string, Map<string, PublishedCount>> }
  >();
  for (const row of rows) {
    if (monthsBetween(row.first, row.last) !== 11) continue;
    const key = `${row.source_id}\u0000${row.sheet}`;
    let entry = tables.get(key);
    if (!entry) {
      const headings = new Map<string, Map<string, PublishedCount>>();
      const tableName = /^Table\s+([A-Z]?\d+[a-z]?)/i.exec(row.table_title)?.[1] ?? '';
      entry = {
        headings,
        table: { title: row.table_title, tableName, first: row.first, last: row.last, headings },
      };
      tables.set(key, entry);
    }
    const heading = columnHeading(row.column_label);
    let byForce = entry.headings.get(heading);
    if (!byForce) {
      byForce = new Map();
      entry.headings.set(heading, byForce);
    }
    const isNational = row.area_kind === 'country';
    if (isNational && headingKey(row.area_name) !== 'england and wales') continue;
    const slug = isNational ? NATIONAL : row.force_slug;
    if (byForce.has(slug)) continue;
    byForce.set(slug, { name: row.area_name, value: row.value, marker: row.marker });
  }
  return [...tables.values()].map((entry) => entry.table);
}

/** The newest table (by its last month, then its order) holding `heading` for the 12 months first..last. */
export function tableFor(
  tables: readonly PublishedTable[],
  heading: string,
  first: string,
  last: string,
): PublishedTable | undefined {
  return tables
    .filter((t) => t.first === first && t.last === last && t.headings.has(headingKey(heading)))
    .at(-1);
}

/** The table with the latest 12 months ending at or before `last` that holds `heading`. */
export function latestTableFor(
  tables: readonly PublishedTable[],
  heading: string,
  last: string,
): PublishedTable | undefined {
  const key = headingKey(heading);
  return tables
    .filter((t) => t.last <= last && t.headings.has(key))
    .sort((a, b) => a.last.localeCompare(b.last))
    .at(-1);
}
