/**
 * The six national priorities: a list page, and a page per priority with the office's commentary
 * for the quarter and each of its measures in one line of plain words, linked to its page.
 */
import type { Priority } from '../../catalogue/measures/schema.js';
import type { MeasureJson } from '../../measures/result.js';
import { figureSentence, summariseMeasure } from '../../narrative/site/measureWords.js';
import { PRIORITY_TITLES } from '../../narrative/statement/priorities.js';
import { summaryTable } from '../../narrative/statement/summaryTable.js';
import { markdownHtml } from '../../report/render/html/markdownHtml.js';
import { a, esc, tableHtmlOf } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';

export const priorityTitle = (p: string) => PRIORITY_TITLES[p as Priority] ?? p;

/**
 * One measure as a card: its name (a link), its figure and change, and its verdict from the
 * measures result, drawn green for better, red for worse and in a neutral grey for anything else
 * (no real change, not assessed, or higher or lower on a measure with no good direction).
 */
export function measureCard(from: string, measure: MeasureJson, headingLevel: number): string {
  const s = summariseMeasure(measure);
  const h = `h${headingLevel}`;
  const verdict = s.verdict
    ? `<span class="status status-${s.verdict.verdict.replace(/_/g, '-')}">${esc(s.verdict.label)}</span>`
    : '';
  const movement = s.movement === 'unknown' ? '' : `<span class="movement">${esc(s.label)}</span>`;
  const label = verdict || movement ? `<p>${[verdict, movement].filter((x) => x).join(' ')}</p>` : '';
  const line = s.change ? `${s.figure}: ${s.change}.` : figureSentence(s.figure);
  return `<li>\n<${h}>${a(from, sitePaths.measure(measure.id), measure.title)}</${h}>\n${label}\n<p>${esc(line)}</p>\n</li>`;
}

export function prioritiesIndexPage(ctx: SiteContext): Page {
  const path = sitePaths.priorities;
  const sections = ctx.priorities.map((p) => {
    const measures = ctx.model.result.measures.filter((m) => m.priority === p);
    const items = measures.map((m) => `<li>${a(path, sitePaths.measure(m.id), m.title)}</li>`).join('\n');
    return `<h2>${a(path, sitePaths.priority(p), priorityTitle(p))}</h2>\n<ul>\n${items}\n</ul>`;
  });
  return {
    path,
    title: 'Priorities and measures',
    section: 'priorities',
    breadcrumbs: [{ label: 'Home', path: sitePaths.home }],
    description: `The national crime and policing priorities and how ${ctx.model.force.area} is doing on each measure.`,
    body: [
      `<p class="lead">${esc(`The Government has set six national priorities for policing. Each has measures; these are the figures for ${ctx.model.force.area} in ${ctx.model.period.label}.`)}</p>`,
      ...sections,
    ].join('\n'),
  };
}

export function priorityPage(ctx: SiteContext, priority: Priority): Page {
  const path = sitePaths.priority(priority);
  const measures = ctx.model.result.measures.filter((m) => m.priority === priority);
  const commentary = ctx.model.commentary.find((c) => c.name === priority);
  const body: string[] = [];
  const summary = summaryTable(
    measures,
    ctx.model.period,
    ctx.baselineLabel,
    `${priorityTitle(priority)}: summary`,
  );
  for (const block of summary)
    if (block.kind === 'table')
      body.push('<h2 id="summary">Summary</h2>', tableHtmlOf(block, 'summary-table'));
  body.push('<h2 id="commentary">What the Commissioner\'s office says</h2>');
  body.push(
    commentary
      ? markdownHtml(commentary.text, { topLevel: 2, idPrefix: 'commentary' })
      : `<p>${esc(`The office has published no commentary on this priority for ${ctx.model.period.label}.`)}</p>`,
  );
  body.push(
    `<h2 id="measures">Measures</h2>\n<ul class="cards">\n${measures.map((m) => measureCard(path, m, 3)).join('\n')}\n</ul>`,
  );
  return {
    path,
    title: priorityTitle(priority),
    section: 'priorities',
    breadcrumbs: [
      { label: 'Home', path: sitePaths.home },
      { label: 'Priorities and measures', path: sitePaths.priorities },
    ],
    description: `${priorityTitle(priority)}: the measures for ${ctx.model.force.area} in ${ctx.model.period.label}.`,
    body: body.join('\n'),
  };
}
