/**
 * A page per measure: the quarter's figure in plain words, the monthly chart and the SPC chart
 * (each with its text alternative and data table), the figures table, what is counted and where
 * the data comes from, the scrutiny questions about it, and its downloads.
 */

import type { Priority } from '../../catalogue/measures/schema.js';
import type { MeasureJson } from '../../measures/result.js';
import { measureChartCaption } from '../../narrative/sentences/captions.js';
import { publishedSourceLabel, publishedSourceWords } from '../../narrative/sentences/publishedSource.js';
import { baselineSentence, nationalSentence } from '../../narrative/sentences/yardsticks.js';
import { figureSentence, summariseMeasure } from '../../narrative/site/measureWords.js';
import { PRIORITY_TITLES } from '../../narrative/statement/priorities.js';
import { monthName } from '../../stats/calendar.js';
import { measureCharts } from '../charts/chartInputs.js';
import { a, esc, factsHtml, figureHtml, tableHtmlOf } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';
import { figuresTable } from './parts/figuresTable.js';
import { questionsHtml } from './parts/questions.js';

const DIRECTION_WORDS = {
  up: 'Higher is better',
  down: 'Lower is better',
  neutral: 'Neither higher nor lower is better in itself',
};
const SOURCE_WORDS: Readonly<Record<string, string>> = {
  force_extract: "The force's own crime records",
  home_office: 'Home Office police recorded crime tables',
  police_uk: 'data.police.uk street-level crime data',
  external: 'Not held in force data',
};

export function summaryHtml(measure: MeasureJson): string {
  const s = summariseMeasure(measure);
  const sentences = [s.change ? `${s.figure}: ${s.change}.` : figureSentence(s.figure)];
  if (s.meaning) sentences.push(s.meaning);
  return `<p class="lead">${esc(sentences.join(' '))}</p>`;
}

function provenanceHtml(measure: MeasureJson): string {
  if (measure.provenance.length === 0) return '';
  const items = measure.provenance.map((p) => {
    const file = p.path.split('/').pop() ?? p.path;
    const when = p.extractDate
      ? `extract of ${p.extractDate}`
      : p.archiveMonth
        ? `archive ${p.archiveMonth}`
        : '';
    return `<li>${esc(`${file}${when ? ` (${when})` : ''}: ${monthName(p.first)} to ${monthName(p.last)}`)}</li>`;
  });
  return `<h3>Source files</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function definitionHtml(measure: MeasureJson): string {
  const rows: [string, string][] = [
    ['What it counts', esc(measure.title)],
    [
      'Kind',
      esc(
        measure.kind === 'government'
          ? 'A national measure set by the Home Office'
          : measure.kind === 'local'
            ? 'A Police and Crime Plan measure; the national measures do not include it'
            : "The force's local measure standing in for a national one",
      ),
    ],
    [
      'Source',
      esc(
        measure.fedBy
          ? publishedSourceLabel(measure.fedBy)
          : (SOURCE_WORDS[measure.source] ?? measure.source),
      ),
    ],
    ['Which way is good', esc(DIRECTION_WORDS[measure.direction])],
    ['Unit', esc(measure.unit)],
  ];
  if (measure.rateDefinition)
    rows.push([
      'How the rate is worked out',
      esc(
        `${measure.rateDefinition.rateBasisText}${measure.rateDefinition.actionTaken ? `; 'action taken' means Home Office outcome types ${measure.rateDefinition.actionTaken.join(', ')}` : ''}; the rolling rate covers ${measure.rateDefinition.rollingMonths} months.`,
      ),
    ]);
  return factsHtml(rows);
}

export async function measurePage(ctx: SiteContext, measure: MeasureJson): Promise<Page> {
  const path = sitePaths.measure(measure.id);
  const { model } = ctx;
  const priority = measure.priority as Priority;
  const body: string[] = [summaryHtml(measure)];
  if (measure.applicability.status === 'not_applicable')
    body.push(
      `<p>This measure does not apply in ${esc(model.force.area)}: ${esc(measure.applicability.reason ?? '')}</p>`,
    );

  const charts = measure.status === 'ok' ? measureCharts(measure, model.period) : [];
  if (charts.length > 0) {
    body.push('<h2 id="charts">Charts</h2>');
    let number = 0;
    for (const chart of charts) {
      number++;
      const drawn = await ctx.charts.chart(chart);
      const caption = measureChartCaption(measure.title, chart.kind, drawn.layers);
      body.push(figureHtml(`figure-${number}`, number, caption, drawn));
      if (chart.kind === 'spc')
        body.push(
          `<p>${esc('An SPC chart shows whether a change is more than the usual ups and downs. Points inside the grey limits are normal variation; coloured points mark a real change.')} ${a(path, sitePaths.methods, 'How to read an SPC chart')}.</p>`,
        );
    }
  }
  const table = figuresTable(measure);
  if (table) body.push('<h2 id="figures">The figures</h2>', tableHtmlOf(table, 'figures-table'));

  const yardsticks = [
    baselineSentence(measure, ctx.baselineLabel, ctx.smallNumbersBelow),
    nationalSentence(measure, model.force.name),
  ].filter((sentence): sentence is string => sentence !== undefined);
  if (yardsticks.length > 0)
    body.push(
      '<h2 id="baseline-and-national">Against the NCPM baseline and across England and Wales</h2>',
      ...yardsticks.map((sentence) => `<p>${esc(sentence)}</p>`),
    );
  body.push('<h2 id="definition">What is measured</h2>', definitionHtml(measure));
  body.push('<h2 id="data-notes">Data notes</h2>');
  const notes = [
    measure.fedBy ? publishedSourceWords(measure.fedBy) : '',
    measure.dataNote,
    measure.externalReason ?? '',
    measure.status !== 'ok' ? (measure.statusText ?? '') : '',
  ].filter((n, i, all) => n !== '' && all.indexOf(n) === i);
  body.push(
    notes.length > 0 ? notes.map((n) => `<p>${esc(n)}</p>`).join('\n') : '<p>No notes on this measure.</p>',
  );
  body.push(provenanceHtml(measure));

  if (ctx.districtMeasures.some((m) => m.id === measure.id)) {
    body.push('<h2 id="districts">Where you live</h2>');
    const links = model.districts.map(
      (d) => `<li>${a(path, sitePaths.districtMeasure(d.slug, measure.id), d.name)}</li>`,
    );
    body.push(`<p>${esc(`${measure.title} in each district:`)}</p>\n<ul>\n${links.join('\n')}\n</ul>`);
  }

  body.push('<h2 id="questions">Scrutiny questions</h2>');
  body.push(
    questionsHtml(
      ctx.questionsByMeasure.get(measure.id) ?? [],
      3,
      "The Commissioner's office has raised no scrutiny question about this measure.",
    ),
  );
  body.push('<h2 id="downloads">Download the data</h2>');
  body.push(
    `<ul class="downloads">\n<li>${a(path, sitePaths.measureCsv(measure.id), 'Monthly figures (CSV)')}</li>\n<li>${a(path, sitePaths.measureJson(measure.id), 'All figures (JSON)')}</li>\n</ul>`,
  );
  return {
    path,
    title: measure.title,
    section: 'priorities',
    breadcrumbs: [
      { label: 'Home', path: sitePaths.home },
      { label: 'Priorities and measures', path: sitePaths.priorities },
      { label: PRIORITY_TITLES[priority] ?? measure.priority, path: sitePaths.priority(priority) },
    ],
    description: `${measure.title} in ${model.force.area}: ${figureSentence(summariseMeasure(measure).figure)}`,
    body: body.filter((b) => b !== '').join('\n'),
  };
}
