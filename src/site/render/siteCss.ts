/**
 * site.css: one stylesheet for every page (cached once by the browser, so a measure page carries
 * only its own content). Built on the documents' stylesheet (report/render/html/stylesheet.ts) so
 * a statement shown inside the site looks as it does on its own; then the site's frame: header,
 * navigation, breadcrumbs, cards, a phone layout (a single column from 40rem down, nothing wider
 * than the screen: WCAG 1.4.10 reflow), a visible focus ring on everything focusable, contrast of
 * at least 4.5:1 for text, and a print stylesheet that leaves out the navigation.
 */
import { FONT_FAMILY } from '../../report/charts/theme.js';
import { stylesheet } from '../../report/render/html/stylesheet.js';

const SITE = `
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
main { max-width: none; padding: 0 0 2rem; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -4rem; background: #ffbf47; color: #0b0c0c; padding: 0.5rem 1rem; z-index: 10; font-weight: bold; }
.skip-link:focus { top: 0.5rem; outline: 3px solid #0b0c0c; }
a:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; background: #ffbf47; color: #0b0c0c; box-shadow: 0 3px 0 #0b0c0c; }
.site-header { background: #1f3864; color: #ffffff; padding: 0.75rem 0 0; }
.site-header a { color: #ffffff; }
.site-name { font-size: 1.35rem; font-weight: bold; margin: 0; }
.site-name a { text-decoration: none; }
.site-name a:hover { text-decoration: underline; }
.site-owner { margin: 0.1rem 0 0.5rem; font-size: 0.95rem; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.site-nav li { margin: 0; }
.site-nav a { display: inline-block; padding: 0.5rem 0; border-bottom: 4px solid transparent; }
.site-nav a[aria-current="page"] { border-bottom-color: #ffffff; font-weight: bold; }
.breadcrumbs ol { list-style: none; margin: 1rem 0 0; padding: 0; display: flex; flex-wrap: wrap; font-size: 0.9rem; }
.breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem; color: #505a5f; }
.lead { font-size: 1.2rem; }
.answer { border-left: 6px solid #1f3864; background: #f3f5f8; padding: 0.75rem 1rem; margin: 1rem 0 1.5rem; font-size: 1.15rem; }
.answer strong { font-size: 1.3rem; }
.feature { border: 2px solid #1f3864; padding: 1rem 1.25rem; margin: 1.25rem 0; }
.feature h2 { margin-top: 0; border-bottom: 0; }
.downloads { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.downloads a { font-weight: bold; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
.cards > li { border: 1px solid #b1b4b6; border-top: 4px solid #1f3864; padding: 0.75rem 1rem; margin: 0; }
.cards h2, .cards h3 { margin: 0 0 0.5rem; font-size: 1.1rem; border-bottom: 0; }
.muted { color: #505a5f; }
.status { display: inline-block; padding: 0 0.4rem; border: 1px solid currentColor; font-size: 0.9rem; font-weight: bold; }
.status-worse { color: #942514; }
.status-better { color: #0b6b2f; }
.status-no-real-change, .status-not-assessed, .status-higher, .status-lower { color: #3d4449; border-style: dashed; }
.movement { font-weight: bold; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.site-footer { border-top: 4px solid #1f3864; background: #f3f2f1; margin-top: 2rem; padding: 1rem 0 1.5rem; font-size: 0.95rem; }
.footer-links { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.statement-content h1 { font-size: 1.6rem; }

@media (max-width: 40rem) {
  .wrap { padding: 0 0.75rem; }
  h1 { font-size: 1.55rem; }
  h2 { font-size: 1.25rem; }
  .site-nav ul { gap: 0 0.9rem; }
  .site-nav a { padding: 0.45rem 0; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.5rem; }
  table { font-size: 0.85rem; }
  tbody th { white-space: normal; }
}

@media print {
  @page { size: A4; margin: 15mm; }
  .skip-link, .site-nav, .breadcrumbs, .footer-links, details.chart-data { display: none; }
  .site-header { background: none; color: #000000; border-bottom: 2px solid #000000; }
  .site-header a { color: #000000; }
  .site-footer { background: none; }
  a::after { content: none; }
  .cards { display: block; }
  .cards > li { break-inside: avoid; margin-bottom: 0.5rem; }
}
`;

/** The documents' rules minus their page-margin marking (the site is public: no marking to print). */
function documentRules(): string {
  return stylesheet('OFFICIAL').replace(/@media print \{[\s\S]*$/, '');
}

export function siteCss(): string {
  return `${documentRules()}\nbody { font-family: ${FONT_FAMILY}; }\n${SITE.trim()}\n`;
}
