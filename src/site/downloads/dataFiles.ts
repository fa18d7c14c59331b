/**
 * Every download of the site: CSV and JSON for every figure and series, defined in ONE table
 * (DATA_FILES) that gives each file its columns and what each column means. The data dictionary
 * (a page and a CSV) is printed from the same table, so the two cannot disagree.
 */

import type { Figure, MeasureJson } from '../../measures/result.js';
import type { SiteContext } from '../pages/context.js';
import { figuresFor } from '../pages/districtPages.js';
import { peersOf } from '../pages/peersPage.js';
import { sitePaths } from '../render/links.js';
import { type CsvValue, csv } from './csv.js';

export interface ColumnSpec {
  readonly name: string;
  readonly meaning: string;
}

export interface DataFileSpec {
  /** The file, or the pattern of a file per measure or district. */
  readonly file: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}

const col = (name: string, meaning: string): ColumnSpec => ({ name, meaning });

const SERIES_COLUMNS = [
  col('measure_id', 'The measure, e.g. residential_burglary'),
  col('month', 'The month, YYYY-MM'),
  col(
    'value',
    'The count for the month, or the rate in per cent for a rate (empty when there was nothing to divide by)',
  ),
  col('numerator', "Rates: what was counted (outcomes with 'action taken', satisfied victims)"),
  col('denominator', 'Rates: what it was counted out of (crimes recorded, survey responses)'),
  col('rolling_rate', 'Rates: the rolling rate in per cent ending with the month'),
  col(
    'spc_point',
    'The SPC judgement of the month: common_cause, or special_cause_improvement / _concern / _neither',
  ),
  col('spc_mean', 'The SPC centre line for the month'),
  col('spc_lower_limit', 'The lower SPC process limit for the month'),
  col('spc_upper_limit', 'The upper SPC process limit for the month'),
];

export const DATA_FILES = {
  measures: {
    file: sitePaths.measuresCsv,
    description: 'One row per measure: the figures for the quarter',
    columns: [
      col('measure_id', 'The measure'),
      col('title', 'Its name'),
      col('priority', 'The national priority it reports under'),
      col(
        'kind',
        'government (a Home Office measure), force_proxy (a local measure standing in for one) or local (a Police and Crime Plan measure with no national counterpart)',
      ),
      col('source', 'force_extract, home_office, police_uk or external'),
      col('direction', 'Which way is good: up, down or neutral'),
      col('unit', 'The unit of the figure'),
      col(
        'status',
        'ok, or why there is no figure: external, not_applicable, source_not_loaded, period_not_covered',
      ),
      col('period', 'The quarter, e.g. Q4 2023/24'),
      col('value', 'The figure for the quarter (a count, or a rate in per cent)'),
      col('previous_quarter', 'The figure for the quarter before'),
      col('year_earlier', 'The figure for the same quarter a year earlier'),
      col('change_on_year_earlier', 'value minus year_earlier (percentage points for rates)'),
      col(
        'percent_change_on_year_earlier',
        'Counts: the change in per cent (empty when year_earlier is 0, or when either count is too small for a percentage: see small_numbers)',
      ),
      col('three_year_average', 'Counts: the 3-year average for the quarter'),
      col('significance', 'Counts: the exact test of the change on a year earlier'),
      col('p_value', 'Counts: the p-value of that test'),
      col(
        'verdict',
        'The one verdict on the quarter, as every page shows it: better, worse, higher, lower (a measure with no good direction), no_real_change or not_assessed',
      ),
      col(
        'verdict_basis',
        'What the verdict rests on: significance (the exact test against a year earlier), spc (the SPC chart of the last month) or none',
      ),
      col(
        'small_numbers',
        'true when either compared count is below the small-numbers threshold: read the counts, not a percentage',
      ),
      col('target', 'The target, when there is one'),
      col('peer_rank', "The force's rank among similar forces by rate per 1,000 people (1 is the highest)"),
    ],
  },
  series: {
    file: sitePaths.seriesCsv,
    description: 'Every monthly figure of every measure (also one file per measure in data/measures/)',
    columns: SERIES_COLUMNS,
  },
  districts: {
    file: sitePaths.districtsCsv,
    description:
      'Crimes recorded each month in each district (also one file per district in data/districts/)',
    columns: [
      col('measure_id', 'The measure'),
      col('district', 'The district, as the force records it'),
      col('month', 'The month, YYYY-MM'),
      col('count', 'Crimes recorded in the district in the month'),
    ],
  },
  peers: {
    file: sitePaths.peersCsv,
    description: 'The comparison with similar forces',
    columns: [
      col('measure_id', 'The measure'),
      col('period', 'The period compared'),
      col('force', 'The force'),
      col('count', 'Its crimes in the period'),
      col('population', 'Its population'),
      col('rate_per_1000', 'Crimes per 1,000 people'),
      col('rank', 'Rank by rate (1 is the highest)'),
    ],
  },
  questions: {
    file: sitePaths.questionsCsv,
    description: "Scrutiny questions put to the force and the force's answers",
    columns: [
      col('id', 'The question'),
      col('kind', 'question or recommendation'),
      col('raised_on', 'The date it was raised, YYYY-MM-DD'),
      col('raised_in', 'The report it was raised in'),
      col('measures', 'The measures it concerns, separated by spaces'),
      col('question', 'What was asked'),
      col('status', 'open, answered, assured, partly_assured, not_assured or closed'),
      col('response_date', "The date of the force's answer"),
      col('response', "The force's answer"),
      col('closed_on', 'The date it was closed'),
    ],
  },
} as const satisfies Record<string, DataFileSpec>;

const names = (spec: DataFileSpec) => spec.columns.map((c) => c.name);

/** A number of a figure, or null (an empty cell) when the figure could not be given. */
function figureValue<T>(figure: Figure<T> | undefined, pick: (f: T) => number | null): CsvValue {
  return figure?.status === 'ok' ? pick(figure) : null;
}

function measureRow(ctx: SiteContext, m: MeasureJson): CsvValue[] {
  const f = m.figures;
  return [
    m.id,
    m.title,
    m.priority,
    m.kind,
    m.source,
    m.direction,
    m.unit,
    m.status,
    ctx.model.period.label,
    figureValue(f?.current, (x) => x.value),
    figureValue(f?.previous, (x) => x.value),
    figureValue(f?.yearEarlier, (x) => x.value),
    figureValue(f?.changeOnYearEarlier, (x) => x.difference),
    m.verdict?.smallNumbers ? null : figureValue(f?.changeOnYearEarlier, (x) => x.percent),
    figureValue(f?.threeYearAverage, (x) => x.value),
    f?.significance.status === 'ok' ? f.significance.verdict : null,
    figureValue(f?.significance, (x) => x.pValue),
    m.verdict?.verdict ?? null,
    m.verdict?.basis ?? null,
    m.verdict ? String(m.verdict.smallNumbers) : null,
    figureValue(f?.target, (x) => x.target),
    figureValue(f?.peers, (x) => x.rank),
  ];
}

export function seriesRows(ctx: SiteContext, m: MeasureJson): CsvValue[][] {
  return (m.series ?? [])
    .filter((p) => p.month <= ctx.model.period.last)
    .map((p) => [
      m.id,
      p.month,
      p.value,
      p.numerator,
      p.denominator,
      p.rolling,
      p.spc?.pointType,
      p.spc?.mean,
      p.spc?.lpl,
      p.spc?.upl,
    ]);
}

function districtRows(ctx: SiteContext, slug?: string): CsvValue[][] {
  const districts = ctx.model.districts.filter((d) => slug === undefined || d.slug === slug);
  return ctx.districtMeasures.flatMap((m) =>
    districts.flatMap((d) => figuresFor(ctx, m, d).months.map((x) => [m.id, d.name, x.month, x.count])),
  );
}

/** Every data file of the site, path -> content. */
export function dataFiles(ctx: SiteContext): Map<string, string> {
  const { model } = ctx;
  const files = new Map<string, string>();
  const measures = model.result.measures;
  files.set(sitePaths.figuresJson, `${JSON.stringify(model.result, null, 1)}\n`);
  files.set(
    DATA_FILES.measures.file,
    csv(
      names(DATA_FILES.measures),
      measures.map((m) => measureRow(ctx, m)),
    ),
  );
  files.set(
    DATA_FILES.series.file,
    csv(
      names(DATA_FILES.series),
      measures.flatMap((m) => seriesRows(ctx, m)),
    ),
  );
  for (const m of measures) {
    files.set(sitePaths.measureCsv(m.id), csv(names(DATA_FILES.series), seriesRows(ctx, m)));
    files.set(sitePaths.measureJson(m.id), `${JSON.stringify(m, null, 1)}\n`);
  }
  if (ctx.districtMeasures.length > 0) {
    files.set(DATA_FILES.districts.file, csv(names(DATA_FILES.districts), districtRows(ctx)));
    for (const d of model.districts)
      files.set(sitePaths.districtCsv(d.slug), csv(names(DATA_FILES.districts), districtRows(ctx, d.slug)));
  }
  const peerRows = measures.flatMap((m) => {
    const peers = peersOf(m);
    if (!peers) return [];
    return peers.forces.map((f) => [
      m.id,
      peers.period,
      f.name,
      f.count,
      f.population,
      f.ratePer1000,
      f.rank,
    ]);
  });
  files.set(DATA_FILES.peers.file, csv(names(DATA_FILES.peers), peerRows));
  files.set(
    DATA_FILES.questions.file,
    csv(
      names(DATA_FILES.questions),
      model.governance.questions.map((q) => [
        q.id,
        q.kind,
        q.raisedOn,
        q.raisedIn,
        q.measures.join(' '),
        q.regarding,
        q.status,
        q.response?.date,
        q.response?.text,
        q.closed,
      ]),
    ),
  );
  const dictionary = Object.values(DATA_FILES).flatMap((spec: DataFileSpec) =>
    spec.columns.map((c) => [spec.file, c.name, c.meaning]),
  );
  files.set(sitePaths.dictionaryCsv, csv(['file', 'column', 'meaning'], dictionary));
  return files;
}
