/**
 * "Where I live": a list of districts; a page per district answering, for each crime type with
 * district figures, whether it is going up there; and a page per district and crime type with the
 * answer in plain words, the monthly chart, the numbers and a download.
 */
import { columns } from '../../document/build.js';
import type { Table } from '../../document/model.js';
import type { DistrictFigures } from '../../measures/districtFigures.js';
import { DISTRICT_MIN_YEARLY } from '../../measures/districtThreshold.js';
import type { MeasureJson } from '../../measures/result.js';
import { districtQuarterSentence, unplacedSentence } from '../../narrative/sentences/districts.js';
import {
  districtExplanation,
  districtQuestion,
  districtShortAnswer,
  inSentence,
} from '../../narrative/site/districtWords.js';
import { monthName } from '../../stats/calendar.js';
import { formatAverage, formatCount } from '../../stats/rounding.js';
import { volumesInput } from '../charts/chartInputs.js';
import type { SiteDistrict } from '../model.js';
import { a, esc, figureHtml, paragraphs, tableHtmlOf } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';

/** A measure's figures in a district, as the gather step worked them out (model.districtFigures). */
export function figuresFor(ctx: SiteContext, measure: MeasureJson, district: SiteDistrict): DistrictFigures {
  const figures = ctx.model.districtFigures.get(measure.id)?.get(district.slug);
  // Pages are asked only for the model's district measures and districts: anything else is a bug.
  if (!figures)
    throw new Error(`the site model holds no district figures for ${measure.id} in ${district.slug}`);
  return figures;
}

const home = { label: 'Home', path: sitePaths.home };
const where = { label: 'Where I live', path: sitePaths.districts };

export function districtsIndexPage(ctx: SiteContext): Page {
  const path = sitePaths.districts;
  const { model } = ctx;
  const body: string[] = [];
  if (model.districts.length === 0 || ctx.districtMeasures.length === 0) {
    body.push(`<p>${esc(`The figures for ${model.force.area} are not broken down by district.`)}</p>`);
  } else {
    body.push(
      `<p class="lead">${esc(`Choose your district to see whether crime is going up or down where you live, in plain words, with the numbers behind the answer.`)}</p>`,
      `<ul class="cards">\n${model.districts
        .map(
          (d) =>
            `<li><h2>${a(path, sitePaths.district(d.slug), d.name)}</h2>${d.area ? `<p>${esc(`${d.area} of ${model.force.area}`)}</p>` : ''}</li>`,
        )
        .join('\n')}\n</ul>`,
      `<p>${esc(`Districts are shown for crime types with at least ${formatCount(DISTRICT_MIN_YEARLY)} crimes a year across ${model.force.area}. For rarer crimes, such as homicide, a district's numbers are too small to show a trend, and could point to the people involved.`)}</p>`,
    );
  }
  return {
    path,
    title: 'Where I live',
    section: 'districts',
    breadcrumbs: [home],
    description: `Is crime going up where you live? Crime figures for each district of ${model.force.area}.`,
    body: body.join('\n'),
  };
}

function answersTable(ctx: SiteContext, district: SiteDistrict): Table {
  const rows = ctx.districtMeasures.map((m) => {
    const f = figuresFor(ctx, m, district);
    return [
      // Both pages sit in the district's folder, so the link is the file name.
      [
        {
          kind: 'link' as const,
          text: m.title,
          href: sitePaths.districtMeasure(district.slug, m.id).split('/').pop()!,
        },
      ],
      districtShortAnswer(f),
      f.latest ? formatCount(f.latest.total) : '–',
      f.previous ? formatCount(f.previous.total) : '–',
      f.ratePer1000 === undefined ? '–' : formatAverage(f.ratePer1000),
    ];
  });
  const to = monthName(ctx.model.period.last);
  return {
    caption: `Is it going up in ${district.name}? Crimes recorded in the 12 months to ${to} and the 12 months before`,
    columns: columns('llnnn'),
    rowHeaders: true,
    header: [['Crime type', 'Going up?', `12 months to ${to}`, '12 months before', 'Per 1,000 people']],
    rows,
  };
}

export function districtPage(ctx: SiteContext, district: SiteDistrict): Page {
  const path = sitePaths.district(district.slug);
  const body = [
    `<p class="lead">${esc(`Crime in ${district.name} over the last two years, for each crime type with district figures. "Going up" means a rise too large to be chance.`)}</p>`,
    tableHtmlOf(answersTable(ctx, district), 'district-answers'),
    `<p>${a(path, sitePaths.districtCsv(district.slug), `Download the monthly figures for ${district.name} (CSV)`)}</p>`,
  ];
  return {
    path,
    title: `Crime in ${district.name}`,
    section: 'districts',
    breadcrumbs: [home, where],
    description: `Is crime going up in ${district.name}? The answer for each crime type, with the numbers.`,
    body: body.join('\n'),
  };
}

function monthsTable(f: DistrictFigures): Table {
  return {
    caption: `${f.measure.title} in ${f.district.name}: crimes recorded each month`,
    columns: columns('ln'),
    rowHeaders: true,
    header: [['Month', 'Crimes recorded']],
    rows: [...f.months].reverse().map((m) => [monthName(m.month), formatCount(m.count)]),
  };
}

export async function districtMeasurePage(
  ctx: SiteContext,
  measure: MeasureJson,
  district: SiteDistrict,
): Promise<Page> {
  const path = sitePaths.districtMeasure(district.slug, measure.id);
  const f = figuresFor(ctx, measure, district);
  const body: string[] = [
    `<div class="answer" id="answer"><p><strong>${esc(districtShortAnswer(f))}.</strong></p>\n${paragraphs(districtExplanation(f, ctx.model.force))}</div>`,
  ];
  // The months carry their 3-year averages (districtFigures): the chart draws them as they are.
  const input = volumesInput(`${measure.title} in ${district.name}`, f.months);
  if (input) {
    const chart = await ctx.charts.chart({ kind: 'volumes', input });
    body.push(
      '<h2 id="chart">Month by month</h2>',
      figureHtml(
        'figure-1',
        1,
        `${measure.title} in ${district.name}: crimes recorded each month, with the 3-year average`,
        chart,
      ),
    );
  }
  const quarter = measure.districts ? districtQuarterSentence(measure.districts, district.name) : undefined;
  const unplaced = measure.districts ? unplacedSentence(measure.districts) : undefined;
  body.push('<h2 id="numbers">The numbers</h2>');
  if (quarter || unplaced)
    body.push(paragraphs([quarter, unplaced].filter((x): x is string => x !== undefined)));
  body.push(tableHtmlOf(monthsTable(f), 'district-months'));
  body.push(
    `<p>${esc(`These are crimes the force recorded in ${district.name}, counted the same way as the ${inSentence(measure.title)} figures for the whole of ${ctx.model.force.area}.`)} ${a(path, sitePaths.measure(measure.id), `See ${measure.title} across ${ctx.model.force.area}`)}.</p>`,
    '<h2 id="download">Download</h2>',
    `<ul class="downloads"><li>${a(path, sitePaths.districtCsv(district.slug), `Monthly figures for ${district.name} (CSV)`)}</li><li>${a(path, sitePaths.districtsCsv, 'Every district (CSV)')}</li></ul>`,
  );
  return {
    path,
    title: districtQuestion(f),
    section: 'districts',
    breadcrumbs: [
      home,
      where,
      { label: `Crime in ${district.name}`, path: sitePaths.district(district.slug) },
    ],
    description: `${districtQuestion(f)} ${districtShortAnswer(f)}.`,
    body: body.join('\n'),
  };
}
