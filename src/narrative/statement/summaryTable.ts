/**
 * The summary table at the head of each priority (as Kent and West Mercia print one): per measure,
 * its source, the latest 12 months, the change on the previous 12 months, the change on the NCPM
 * baseline, the national position and the measure's one verdict. A measure whose own source is not
 * loaded has a row when the published tables give it figures; a cell with no figure is '–'. Rates
 * have no row: the table is of counts, and their own sections give the rolling rate.
 * The site and the board pack take the same rows (summaryRows).
 */
import { columns, table } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import { countChangeText } from '../../measures/figures/common.js';
import type { MeasureJson } from '../../measures/result.js';
import { type Period, rolling12Period } from '../../stats/calendar.js';
import { DEFAULT_STYLE, type NumberStyle } from '../../stats/numberStyle.js';
import { formatCount, formatPercentChange } from '../../stats/rounding.js';
import { SMALL_NUMBERS_BELOW } from '../sentences/volumes.js';
import { baselineChangeText, judgedOnSmallNumbers, nationalRank, per1000 } from '../sentences/yardsticks.js';

export const NONE = '–';

export interface SummaryRow {
  readonly measure: string;
  readonly source: string;
  readonly latest: string;
  readonly changeOnPrevious: string;
  readonly changeOnBaseline: string;
  readonly national: string;
  readonly verdict: string;
}

const SOURCE_WORDS: Readonly<Record<string, string>> = {
  force_extract: 'Force records',
  home_office: 'Home Office tables',
  police_uk: 'police.uk',
};

const SHORT_MEANING = {
  significant_increase: 'significant increase',
  significant_decrease: 'significant decrease',
  within_normal_variation: 'within normal variation',
} as const;

/** Whether a measure has anything for the table: its own figures, or the published tables'. */
export function hasSummary(measure: MeasureJson): boolean {
  if (measure.figures?.kind === 'rate' || measure.unit === '%') return false;
  const y = measure.yardsticks;
  return measure.status === 'ok' || y?.baseline.status === 'ok' || y?.national?.status === 'ok';
}

export function summaryRow(
  measure: MeasureJson,
  period: Period,
  style: NumberStyle = DEFAULT_STYLE,
): SummaryRow {
  const f = measure.status === 'ok' ? measure.figures : undefined;
  const baseline = measure.yardsticks?.baseline;
  const national = measure.yardsticks?.national;
  const latestLabel = rolling12Period(period.last).label;
  const ownRolling =
    f?.rolling.status === 'ok' && f.rolling.months === 12 ? formatCount(f.rolling.value) : undefined;
  const smallBelow = judgedOnSmallNumbers(measure)
    ? Number.POSITIVE_INFINITY
    : (measure.verdict?.smallNumbersBelow ?? SMALL_NUMBERS_BELOW);
  const fromTables = baseline?.status === 'ok' && baseline.latest.source === 'published_table';
  const year = f?.year.status === 'ok' && f.year.period.last === period.last ? f.year : undefined;
  const tableChange =
    national?.status === 'ok' &&
    national.label === latestLabel &&
    national.change?.forcePercent != null &&
    !judgedOnSmallNumbers(measure)
      ? formatPercentChange(national.change.forcePercent)
      : undefined;
  return {
    measure: measure.title,
    source: fromTables
      ? `ONS tables (Table ${baseline.latest.table?.tableName ?? ''})`
      : measure.status !== 'ok' && national?.status === 'ok'
        ? `ONS tables (Table ${national.table.tableName})`
        : (SOURCE_WORDS[measure.source] ?? NONE),
    latest:
      ownRolling ??
      (baseline?.status === 'ok' && baseline.latest.label === latestLabel ? baseline.latest.text : NONE),
    changeOnPrevious: year
      ? countChangeText(year.change.difference, year.change.percent, style, {
          base: year.previous.value,
          below: smallBelow,
        })
      : (tableChange ?? NONE),
    changeOnBaseline:
      baseline?.status === 'ok'
        ? `${baselineChangeText(measure, baseline, style)}, ${SHORT_MEANING[baseline.significance.verdict]}`
        : NONE,
    national:
      national?.status === 'ok'
        ? `${nationalRank(national)} (${per1000(national.ratePer1000)} per 1,000; England and Wales ${per1000(national.englandAndWales.ratePer1000)})`
        : NONE,
    verdict: measure.verdict?.label ?? NONE,
  };
}

/** The priority's summary table, or nothing when none of its measures has a figure. */
export function summaryTable(
  measures: readonly MeasureJson[],
  period: Period,
  baselineLabel: string,
  caption: string,
  style: NumberStyle = DEFAULT_STYLE,
): Block[] {
  const rows = measures.filter(hasSummary).map((m) => summaryRow(m, period, style));
  if (rows.length === 0) return [];
  return [
    table({
      caption,
      columns: columns('llnllll'),
      rowHeaders: true,
      header: [
        [
          'Measure',
          'Source',
          `Latest (${rolling12Period(period.last).label})`,
          'Change on the previous 12 months',
          `Change on the NCPM baseline (${baselineLabel})`,
          'National position (rate per 1,000 residents)',
          'Verdict',
        ],
      ],
      rows: rows.map((r) => [
        r.measure,
        r.source,
        r.latest,
        r.changeOnPrevious,
        r.changeOnBaseline,
        r.national,
        r.verdict,
      ]),
    }),
  ];
}
