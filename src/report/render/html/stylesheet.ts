/**
 * The stylesheet every HTML output carries inline (a statement is one self-contained file that
 * can be emailed, archived and printed). On screen: a readable column. In print and in the PDF,
 * which Chromium prints from this same HTML: A4, the classification marking at the top and
 * bottom of every page and 'Page N of M' in the footer (CSS page-margin boxes), and no figure or
 * table row split across pages.
 */
import { FONT_FAMILY } from '../../charts/theme.js';

/** CSS string literal content: the marking comes from the model, so it is quoted safely. */
function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function stylesheet(marking: string): string {
  const mark = cssString(marking);
  return `
:root { color-scheme: light; }
body { font-family: ${FONT_FAMILY}; font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #ffffff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.05em; margin: 0; padding: 0.25rem; border-bottom: 1px solid #767676; }
.marking-bottom { border-bottom: 0; border-top: 1px solid #767676; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 1.5rem 0 0.25rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #1f3864; padding-bottom: 0.2rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 0.4rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.3rem; }
h5 { font-size: 1rem; margin: 1rem 0 0.25rem; font-style: italic; }
h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
.subtitle { font-size: 1.2rem; margin: 0 0 0.5rem; }
.document-meta { color: #404040; font-size: 0.9rem; margin: 0 0 1.5rem; }
a { color: #1d4f91; }
a:focus-visible, summary:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
table { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
.table-scroll { overflow-x: auto; margin: 0.75rem 0 1.25rem; }
.table-scroll:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.35rem; caption-side: top; }
th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: #f0f2f5; }
tbody th { font-weight: normal; white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.centre { text-align: center; }
.right { text-align: right; }
figure.chart { margin: 1.25rem 0; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-style: italic; margin-top: 0.35rem; }
.annex-pointer { font-size: 0.9rem; color: #404040; margin: 0.2rem 0 0; }
details.chart-data { margin-top: 0.4rem; }
details.chart-data summary { cursor: pointer; color: #1d4f91; text-decoration: underline; }
.callout { border-left: 5px solid #1f3864; background: #f3f5f8; padding: 0.5rem 1rem; margin: 1rem 0; }
.callout-caution { border-left-color: #c65d00; background: #fdf4ec; }
.callout p { margin: 0.4rem 0; }
.generated-by { color: #404040; font-size: 0.85rem; margin-top: 2rem; border-top: 1px solid #b1b4b6; padding-top: 0.5rem; }

@media print {
  @page {
    size: A4;
    margin: 20mm 18mm 20mm 18mm;
    @top-center { content: ${mark}; font-family: ${FONT_FAMILY}; font-size: 10pt; font-weight: bold; }
    @bottom-center { content: ${mark}; font-family: ${FONT_FAMILY}; font-size: 10pt; font-weight: bold; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: ${FONT_FAMILY}; font-size: 9pt; }
  }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  /* The page-margin boxes print the marking on every page; the on-screen banners would repeat it. */
  .marking { display: none; }
  h1 { margin-top: 0; }
  figure.chart, .callout, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* A caption or header row never ends a page without the table's first row. */
  caption, thead { break-after: avoid; page-break-after: avoid; }
  tbody > tr:first-child { break-before: avoid; page-break-before: avoid; }
  /* A paragraph right before a table introduces it ("as the table below shows"): never split
     from it by a page foot, nor split itself, so its first words are on the table's page. */
  p:has(+ .table-scroll) { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
  /* Paper cannot scroll: a table must fit the page, so headings and row names wrap in print. */
  .table-scroll { overflow: visible; }
  table { font-size: 9pt; }
  table th, table .num { white-space: normal; }
  /* Paper cannot open the data table under a chart: the PDF has them in an annex at the end. */
  details.chart-data { display: none; }
  .chart-data-annex { break-before: page; page-break-before: always; }
  /* Reference tables, read by looking a month up: compact rows keep the annex short. */
  .chart-data-annex table { font-size: 8pt; line-height: 1.2; }
  .chart-data-annex th, .chart-data-annex td { padding: 0.05rem 0.4rem; }
  .chart-data-annex tbody th { white-space: nowrap; }
  .chart-data-annex .table-scroll { margin: 0.5rem 0 0.9rem; }
  a { color: inherit; text-decoration: none; }
  .page-break { break-after: page; page-break-after: always; }
}
`.trim();
}
