/**
 * The frame of every page, inside the one page shell (src/report/render/html/pageShell.ts): a skip
 * link (the first thing a keyboard reaches), the header with the site's name and its navigation
 * (the current section marked with aria-current), breadcrumbs, the page's <main>, and a footer saying who publishes it, when it was last updated and under which
 * licence. No JavaScript anywhere: charts are inline SVG, the numbers behind them are tables.
 * The empty icon link stops browsers asking for /favicon.ico (a 404 in every page's console).
 */
import { formatGeneratedAt } from '../../document/format.js';
import { cspMetaTag } from '../../report/render/html/contentSecurityPolicy.js';
import { escapeAttribute, escapeHtml } from '../../report/render/html/escape.js';
import { pageShell } from '../../report/render/html/pageShell.js';
import type { SiteModel } from '../model.js';
import { href, sitePaths } from './links.js';

export type Section =
  | 'home'
  | 'statements'
  | 'priorities'
  | 'districts'
  | 'peers'
  | 'governance'
  | 'data'
  | 'methods'
  | 'other';

const NAVIGATION: readonly { section: Section; label: string; path: string }[] = [
  { section: 'home', label: 'Home', path: sitePaths.home },
  { section: 'statements', label: 'Statements', path: sitePaths.statements },
  { section: 'priorities', label: 'Measures', path: sitePaths.priorities },
  { section: 'districts', label: 'Where I live', path: sitePaths.districts },
  { section: 'peers', label: 'Similar forces', path: sitePaths.peers },
  { section: 'governance', label: 'Governance', path: sitePaths.governance },
  { section: 'data', label: 'Data', path: sitePaths.data },
  { section: 'methods', label: 'Methods', path: sitePaths.methods },
];

export interface Page {
  /** Where the page is written, inside the site: 'measures/homicide.html'. */
  readonly path: string;
  /** The page's h1 and, with the site's name, its <title>. */
  readonly title: string;
  readonly section: Section;
  /** The trail from Home to the page's parent (the page itself is added last). */
  readonly breadcrumbs: readonly { readonly label: string; readonly path: string }[];
  /** One sentence for search engines and link previews. */
  readonly description: string;
  /** The content of <main> after the h1. */
  readonly body: string;
}

export function siteName(model: SiteModel): string {
  return `${model.force.area} crime and policing measures`;
}

function navigation(page: Page): string {
  const items = NAVIGATION.map((item) => {
    const current = item.section === page.section ? ' aria-current="page"' : '';
    return `<li><a href="${escapeAttribute(href(page.path, item.path))}"${current}>${escapeHtml(item.label)}</a></li>`;
  });
  return `<nav class="site-nav" aria-label="Main"><ul>${items.join('')}</ul></nav>`;
}

function breadcrumbs(page: Page): string {
  if (page.breadcrumbs.length === 0) return '';
  const trail = page.breadcrumbs.map(
    (b) => `<li><a href="${escapeAttribute(href(page.path, b.path))}">${escapeHtml(b.label)}</a></li>`,
  );
  trail.push(`<li aria-current="page">${escapeHtml(page.title)}</li>`);
  return `<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${trail.join('')}</ol></nav>`;
}

export function renderPage(model: SiteModel, page: Page): string {
  const name = siteName(model);
  const link = (to: string) => escapeAttribute(href(page.path, to));
  // The figures' time, not the build's: a rebuild that changes nothing rewrites no page.
  const updated = formatGeneratedAt(model.result.generatedAt);
  return pageShell({
    policy: cspMetaTag(),
    meta: [
      `<meta name="description" content="${escapeAttribute(page.description)}">`,
      `<meta name="generator" content="${escapeAttribute(`Scrutiny ${model.version}`)}">`,
    ],
    title: page.path === sitePaths.home ? name : `${page.title} – ${name}`,
    links: [
      `<link rel="stylesheet" href="${link(sitePaths.stylesheet)}">`,
      '<link rel="icon" href="data:,">',
    ],
    body: `<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="${link(sitePaths.home)}">${escapeHtml(name)}</a></p>
<p class="site-owner">${escapeHtml(model.organisation)}</p>
${navigation(page)}
</div>
</header>
<div class="wrap">
${breadcrumbs(page)}
<main id="main" tabindex="-1">
<h1>${escapeHtml(page.title)}</h1>
${page.body}
</main>
</div>
<footer class="site-footer">
<div class="wrap">
<p>Published by the ${escapeHtml(model.organisation)}. Figures for ${escapeHtml(model.period.label)}, last updated on ${escapeHtml(updated)}.</p>
<p>All figures are published under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated.</p>
<ul class="footer-links">
<li><a href="${link(sitePaths.data)}">Data downloads</a></li>
<li><a href="${link(sitePaths.methods)}">How the figures are made</a></li>
<li><a href="${link(sitePaths.accessibility)}">Accessibility statement</a></li>
</ul>
</div>
</footer>
`,
  });
}
