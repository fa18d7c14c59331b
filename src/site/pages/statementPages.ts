/**
 * The quarterly statements: the archive (every statement, newest first, with its HTML page and its
 * PDF and Word downloads), and a page per statement showing the statement itself inside the site.
 * The Specified Information Order asks for the statement "in a prominent place", updated every
 * quarter: the home page leads with the latest (homePage.ts).
 */
import { formatGeneratedAt } from '../../document/format.js';
import type { SiteStatement } from '../model.js';
import { a, esc } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';

const home = { label: 'Home', path: sitePaths.home };

export function statementTitle(s: SiteStatement): string {
  return `National Crime and Policing Measures: ${s.label}`;
}

/** The download links of a statement, from page `from`. */
export function statementDownloads(from: string, s: SiteStatement): string {
  const items = [`<li>${a(from, sitePaths.statement(s.folder), `Read the ${s.label} statement`)}</li>`];
  if (s.files.pdf)
    items.push(`<li>${a(from, sitePaths.statementFile(s.folder, 'pdf'), `${s.label} statement (PDF)`)}</li>`);
  if (s.files.docx)
    items.push(
      `<li>${a(from, sitePaths.statementFile(s.folder, 'docx'), `${s.label} statement (Word)`)}</li>`,
    );
  if (s.publicFigures !== undefined)
    items.push(`<li>${a(from, sitePaths.statementFigures(s.folder), `${s.label} figures (JSON)`)}</li>`);
  return `<ul class="downloads">\n${items.join('\n')}\n</ul>`;
}

export function archivePage(ctx: SiteContext): Page {
  const path = sitePaths.statements;
  const { statements } = ctx.model;
  const body =
    statements.length === 0
      ? `<p>${esc('No quarterly statement has been published yet.')}</p>`
      : statements
          .map(
            (s) =>
              `<section aria-labelledby="st-${s.folder}">\n<h2 id="st-${s.folder}">${esc(s.label)}</h2>\n<p class="muted">${esc(`Last updated ${formatGeneratedAt(s.updatedAt)}`)}</p>\n${statementDownloads(path, s)}\n</section>`,
          )
          .join('\n');
  return {
    path,
    title: 'Quarterly statements',
    section: 'statements',
    breadcrumbs: [home],
    description: `Every quarterly National Crime and Policing Measures statement for ${ctx.model.force.area}.`,
    body: `<p class="lead">${esc(`Each quarter the Commissioner publishes a statement on the force's contribution to the national crime and policing priorities. Every statement is kept here.`)}</p>\n${body}`,
  };
}

/**
 * The statement inside the site's frame. Its own title becomes the page's h1 (the statement's h1
 * is dropped so the page has one), and its anchors are kept so its table of contents still works.
 */
export function statementPage(ctx: SiteContext, s: SiteStatement): Page {
  const path = sitePaths.statement(s.folder);
  const content = s.mainHtml.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/i, '');
  return {
    path,
    title: statementTitle(s),
    section: 'statements',
    breadcrumbs: [home, { label: 'Quarterly statements', path: sitePaths.statements }],
    description: `The ${s.label} National Crime and Policing Measures statement for ${ctx.model.force.area}.`,
    body: `<p class="muted">${esc(`Last updated ${formatGeneratedAt(s.updatedAt)}`)}</p>\n${statementDownloads(path, s).replace(/<li>.*?Read the .*?<\/li>\n/, '')}\n<div class="statement-content">\n${content}\n</div>`,
  };
}
