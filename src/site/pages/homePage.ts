/**
 * The home page. The Specified Information Order wants the latest statement "in a prominent
 * place": it comes first, with when it was last updated and its downloads. Then the question
 * residents ask most ("is crime going up where I live?"), then each priority's headline measure.
 */
import { formatGeneratedAt } from '../../document/format.js';
import { a, esc } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';
import { measureCard, priorityTitle } from './priorityPages.js';
import { statementDownloads, statementTitle } from './statementPages.js';

function latestStatementHtml(ctx: SiteContext, path: string): string {
  const latest = ctx.model.statements[0];
  if (!latest) {
    return `<section class="feature" aria-labelledby="latest">\n<h2 id="latest">Latest statement</h2>\n<p>${esc(
      `The statement for ${ctx.model.period.label} has not been published yet. The figures on this site are for ${ctx.model.period.label}.`,
    )}</p>\n</section>`;
  }
  const older =
    ctx.model.statements.length > 1 ? `<p>${a(path, sitePaths.statements, 'Earlier statements')}</p>` : '';
  return [
    '<section class="feature" aria-labelledby="latest">',
    `<h2 id="latest">Latest statement: ${esc(statementTitle(latest))}</h2>`,
    `<p><strong>Last updated:</strong> ${esc(formatGeneratedAt(latest.updatedAt))}</p>`,
    `<p>${esc("The Commissioner's statement on the force's contribution to the national crime and policing priorities, published every quarter.")}</p>`,
    statementDownloads(path, latest),
    older,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function districtsHtml(ctx: SiteContext, path: string): string {
  const { model } = ctx;
  if (model.districts.length === 0 || ctx.districtMeasures.length === 0) return '';
  const links = model.districts
    .map((d) => `<li>${a(path, sitePaths.district(d.slug), d.name)}</li>`)
    .join('\n');
  return `<h2 id="where-i-live">Is crime going up where I live?</h2>\n<p>${esc('Choose your district:')}</p>\n<ul>\n${links}\n</ul>`;
}

function glanceHtml(ctx: SiteContext, path: string): string {
  const cards = ctx.priorities.flatMap((p) => {
    const headline = ctx.model.result.measures.find((m) => m.priority === p && m.status === 'ok');
    return headline
      ? [
          measureCard(path, headline, 3).replace(
            '<li>\n',
            `<li>\n<p class="muted">${esc(priorityTitle(p))}</p>\n`,
          ),
        ]
      : [];
  });
  if (cards.length === 0) return '';
  return `<h2 id="at-a-glance">${esc(`At a glance: ${ctx.model.period.label}`)}</h2>\n<ul class="cards">\n${cards.join('\n')}\n</ul>\n<p>${a(path, sitePaths.priorities, 'Every priority and measure')}</p>`;
}

export function homePage(ctx: SiteContext): Page {
  const path = sitePaths.home;
  const { model } = ctx;
  const body = [
    `<p class="lead">${esc(`How ${model.force.name} is doing against the Government's national crime and policing priorities, published by the ${model.commissioner.title}.`)}</p>`,
    latestStatementHtml(ctx, path),
    districtsHtml(ctx, path),
    glanceHtml(ctx, path),
    `<h2 id="more">More</h2>\n<ul>\n<li>${a(path, sitePaths.peers, 'How we compare with similar forces')}</li>\n<li>${a(path, sitePaths.governance, 'How the Commissioner holds the force to account')}</li>\n<li>${a(path, sitePaths.data, 'Download the data')}</li>\n<li>${a(path, sitePaths.methods, 'How the figures are made')}</li>\n</ul>`,
  ];
  return {
    path,
    title: `Crime and policing in ${model.force.area}`,
    section: 'home',
    breadcrumbs: [],
    description: `The ${model.commissioner.title}'s quarterly National Crime and Policing Measures statement and figures for ${model.force.area}.`,
    body: body.filter(Boolean).join('\n'),
  };
}
