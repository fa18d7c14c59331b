/**
 * The data and methods annex: every source file with its SHA-256 and date, the definition of every
 * measure shown, the rounding rule, what 'in line with' means, the 'action taken' set and rate basis,
 * SPC and the significance test, which measures were left out and why, and every figure restated
 * since the previous statement.
 */
import { outcomeType } from '../../catalogue/reference/index.js';
import { columns, heading, list, paragraph, table } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { MeasuresResult } from '../../measures/result.js';
import { publicPath } from '../../publication/index.js';
import { DATASET_NAMES, spanText } from './frontMatter.js';
import type { Layout } from './layout.js';
import { RESTATED_FIGURES_ANCHOR, restatementAnnex } from './restatementBlocks.js';
import type { StatementSettings } from './settingsOf.js';

const LEFT_REASONS = {
  police_uk_fallback: "police.uk proxy: not shown because the force's own data covers the priority",
  status: 'not computed',
} as const;

export function methodsAnnex(
  n: number,
  result: MeasuresResult,
  layout: Layout,
  settings: StatementSettings,
  workspaceRoot: string,
): Block[] {
  const blocks: Block[] = [heading(1, 'data-and-methods', `${n}. Data and methods`)];
  blocks.push(heading(2, 'sources', `${n}.1. Sources`), sourcesTable(result, workspaceRoot));
  blocks.push(
    heading(2, 'definitions', `${n}.2. Definitions of the measures shown`),
    table({
      caption: 'Measures shown in this statement',
      columns: columns('ll'),
      rowHeaders: true,
      header: [['Measure', 'Definition']],
      // Rates share one definition (the last row) rather than repeating it under every measure.
      rows: [
        ...unique(layout.shown)
          .filter((m) => m.statistic !== 'outcome_rate')
          .map((m) => [m.title, m.dataNote || definitionOf(m.statistic, m.source)]),
        ...(layout.shown.some((m) => m.statistic === 'outcome_rate')
          ? [["Each 'action taken' outcome rate", definitionOf('outcome_rate')]]
          : []),
      ],
    }),
  );
  const actionTaken = settings.actionTaken
    .map((t) => `${t} ${outcomeType(t)?.description ?? ''}`.trim())
    .join('; ');
  blocks.push(
    heading(2, 'methods', `${n}.3. Methods`),
    list(false, [
      `Rounding: one rule throughout, half away from zero. ${settings.style.percentDecimalsBelow10 === 1 ? "Percentage changes below 10% in size have one decimal place ('+2.5%') and larger ones none ('-13%')" : "Percentage changes are whole percentages ('+5%', '-13%')"}; 'action taken' outcome rates one decimal place ('21.4%'); satisfaction whole percentages ('75%'); counts in digits${settings.style.thousandsSeparator === ',' ? ' with thousands separators' : ''}, and in prose one to nine as words.`,
      `The 3-year average: ${threeYearLabel(settings.threeYearAverage)}. A value is 'in line with' it when it lies ${settings.threeYearAverageInLine || 'between the lowest and the highest of the values averaged'}.`,
      `The forecast: each month is forecast from the months before it only. 'In line with the forecast' means ${settings.inLineWithForecast || 'the observed value lies inside the 95% prediction interval'}.`,
      `'Action taken' outcomes are Home Office outcome types ${actionTaken}. The rate is ${settings.rateBasisText || 'outcomes over crimes'}; the headline rate is the ${settings.outcomeRollingMonths}-month rolling rate.`,
      `Statistical process control follows NHS England's Making Data Count: ${settings.spc.windowMonths ? `each chart covers the ${settings.spc.windowMonths} months to the period's end, ` : ''}limits at the mean ± 2.66 × the mean moving range${settings.spc.baselinePoints ? `, fixed after the first ${settings.spc.baselinePoints} months${settings.spc.windowMonths ? ' of the chart' : ''}` : ''}; special cause is a point outside the limits, ${settings.spc.shiftPoints} points in a row on one side of the mean, ${settings.spc.trendPoints} points rising or falling, or two of three points close to a limit.`,
      `Whether a change between two periods is real: ${settings.significanceTest || 'an exact test for two Poisson counts'}, significant when p < ${settings.significanceLevel}. A month is judged by its SPC chart instead.`,
      `Peer comparison: ${settings.peerRank || 'rate per 1,000 population'}, among the Most Similar Group of forces.`,
    ]),
  );
  // OFFICIAL-SENSITIVE measures are counted, never named: their titles can be sensitive too.
  const named = layout.left.filter((l) => l.why !== 'classification');
  const sensitive = layout.left.length - named.length;
  if (layout.left.length > 0) blocks.push(heading(2, 'not-shown', `${n}.4. Measures computed but not shown`));
  if (named.length > 0)
    blocks.push(
      table({
        caption: 'Measures left out of this statement, and why',
        columns: columns('ll'),
        rowHeaders: true,
        header: [['Measure', 'Why']],
        rows: named.map((l) => [
          l.measure.title,
          l.why === 'police_uk_fallback'
            ? LEFT_REASONS.police_uk_fallback
            : (l.measure.statusText ?? LEFT_REASONS.status),
        ]),
      }),
    );
  if (sensitive > 0)
    blocks.push(
      paragraph(
        `${sensitive} OFFICIAL-SENSITIVE measure${sensitive === 1 ? ' is' : 's are'} not shown in this OFFICIAL statement.`,
      ),
    );
  const restatedNumber = `${n}.${layout.left.length > 0 ? 5 : 4}`;
  blocks.push(
    ...restatementAnnex(RESTATED_FIGURES_ANCHOR, `${restatedNumber}. Restated figures`, result.restatements),
  );
  return blocks;
}

function sourcesTable(result: MeasuresResult, workspaceRoot: string): Block {
  // One row per file; police.uk archives (one file per month) are summarised per archive.
  interface Group {
    dataset: string;
    path: string;
    hashes: Set<string>;
    date: string;
    first: string;
    last: string;
  }
  const groups = new Map<string, Group>();
  for (const m of result.measures) {
    for (const p of m.provenance) {
      const container = p.path.includes('!') ? p.path.slice(0, p.path.indexOf('!')) : p.path;
      const key = `${p.dataset}|${container}`;
      const g = groups.get(key) ?? {
        dataset: p.dataset,
        path: publicPath(container, workspaceRoot),
        hashes: new Set<string>(),
        date: p.extractDate
          ? `extract of ${p.extractDate}`
          : p.archiveMonth
            ? `archive ${p.archiveMonth}`
            : '',
        first: p.first,
        last: p.last,
      };
      g.hashes.add(p.sha256);
      if (p.first < g.first) g.first = p.first;
      if (p.last > g.last) g.last = p.last;
      groups.set(key, g);
    }
  }
  const rows = [...groups.values()]
    .sort((a, b) => a.dataset.localeCompare(b.dataset) || a.path.localeCompare(b.path))
    .map((g) => [
      DATASET_NAMES[g.dataset] ?? g.dataset,
      `${g.path} (${g.date}), ${spanText(g.dataset, g.first, g.last)}`,
      g.hashes.size === 1
        ? groupedHash([...g.hashes][0]!)
        : `${g.hashes.size} files; each file's SHA-256 is in figures.json`,
    ]);
  return table({
    caption: 'Source files of the figures, with their SHA-256 hashes',
    columns: columns('lll'),
    rowHeaders: true,
    header: [['Data', 'File, date and months used', 'SHA-256']],
    rows,
  });
}

/** A SHA-256 in four groups of 16, so it wraps in a table cell and is still easy to compare. */
export function groupedHash(hex: string): string {
  return (hex.match(/.{1,16}/g) ?? [hex]).join(' ');
}

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i] as const)).values()];
}

function threeYearLabel(definition: string): string {
  return definition === 'previous_36_months'
    ? 'the mean of the 36 months before the period'
    : 'the mean of the same month (or quarter) in each of the three previous years, which keeps seasonality out of the comparison';
}

/** What a measure counts when its catalogue entry has no data note; says where the counts come from. */
function definitionOf(statistic: string, source = ''): string {
  switch (statistic) {
    case 'outcome_rate':
      return "'Action taken' outcomes as a percentage of the crimes of the measure it belongs to, on the rate basis in the methods below.";
    case 'satisfaction_rate':
      return 'Satisfied responses as a percentage of all responses to the force survey.';
    default:
      return source === 'police_uk'
        ? 'As its title says, counted from the street-level crime files published on data.police.uk.'
        : source.startsWith('home_office')
          ? "As its title says, from the Home Office's published recorded crime tables."
          : "As its title says, counted from the force's own data.";
  }
}
