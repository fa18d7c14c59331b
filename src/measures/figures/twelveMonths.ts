/**
 * One 12 months of a count, from the measure's own series or from a published table. A series gives
 * it only when every month (or every quarter, for the Home Office's quarterly tables) of the window
 * is loaded; a table only when it covers exactly those 12 months. Never a figure from part of a year.
 */
import { monthsOf, type Period } from '../../stats/calendar.js';
import { periodVolume } from '../../stats/change.js';
import { formatCount } from '../../stats/rounding.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { TwelveMonthsJson, TwelveMonthsSource } from '../figureTypes.js';
import { headingKey, type PublishedTable, tableFor } from '../published/publishedTables.js';

/** The source of a series, as a reader names it. */
const SERIES_WORDS: Readonly<Record<Exclude<TwelveMonthsSource, 'published_table'>, string>> = {
  force_extract: "the force's record-level crime data",
  home_office: "the Home Office's published recorded crime tables",
  police_uk: 'the data.police.uk street-level crime files',
};

export function tableWords(table: PublishedTable): string {
  return `the ONS police force area data tables (Table ${table.tableName})`;
}

export function fromSeries(
  series: MeasureSeries,
  source: Exclude<TwelveMonthsSource, 'published_table'>,
  window: Period,
): TwelveMonthsJson | undefined {
  let value: number;
  if (series.frequency === 'month') {
    const volume = periodVolume(series.value, window);
    if (volume.status !== 'complete') return undefined;
    value = volume.value;
  } else {
    const months = monthsOf(window);
    const starts = months.filter((_, i) => i % 3 === 0);
    // Quarters are keyed by their first month: the window must start a quarter and hold all four.
    if (!/-(01|04|07|10)$/.test(window.first) || !starts.every((m) => series.value.has(m))) return undefined;
    value = starts.reduce((total, m) => total + (series.value.get(m) ?? 0), 0);
  }
  return twelve(window, value, source, SERIES_WORDS[source]);
}

export function fromTable(
  tables: readonly PublishedTable[],
  heading: string,
  forceSlug: string,
  window: Period,
): TwelveMonthsJson | undefined {
  const table = tableFor(tables, heading, window.first, window.last);
  const cell = table?.headings.get(headingKey(heading))?.get(forceSlug);
  if (!table || !cell || cell.value === null) return undefined;
  return {
    ...twelve(window, cell.value, 'published_table', tableWords(table)),
    table: { title: table.title, tableName: table.tableName, first: table.first, last: table.last, heading },
  };
}

function twelve(
  window: Period,
  value: number,
  source: TwelveMonthsSource,
  sourceText: string,
): TwelveMonthsJson {
  return {
    first: window.first,
    last: window.last,
    label: window.label,
    value,
    text: formatCount(value),
    source,
    sourceText,
  };
}
