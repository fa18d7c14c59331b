/**
 * What the board page adds to the statement's stylesheet (src/report/render/html/stylesheet.ts):
 * a wide page, printed A4 landscape, so that eleven columns fit; compact table rows; the icons and
 * sparklines inline in their cells; the small second line of a cell; exception rows marked by a
 * bar and a bold name as well as a tint, so the mark survives greyscale printing.
 */
export const BOARD_CSS = `
main { max-width: 84rem; }
table.board { font-size: 0.85rem; }
table.board th, table.board td { padding: 0.25rem 0.4rem; vertical-align: middle; }
table.board thead th { vertical-align: bottom; white-space: normal; }
table.board tbody th { white-space: normal; }
table.board { margin: 0; table-layout: fixed; }
/* The same widths in every priority's table, so the columns line up down the page. Named by
   column (summaryTableHtml.ts gives each heading its key as a class), never by position: a column
   added or dropped cannot shift a width onto its neighbour. With the open-questions column they
   add up to 100%, so the table fits the A4 landscape page; without it the table spreads them. */
table.board th.col-measure { width: 16%; }
table.board th.col-latest, table.board th.col-previous, table.board th.col-yearEarlier { width: 7%; }
table.board th.col-threeYearAverage, table.board th.col-target { width: 6.5%; }
table.board th.col-variation, table.board th.col-assurance { width: 8.5%; }
table.board th.col-verdict { width: 7.5%; }
table.board th.col-peerRank { width: 10%; }
table.board th.col-sparkline { width: 10%; }
table.board th.col-questions { width: 5.5%; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.card { border-top: 1px solid #b1b4b6; margin-top: 1.5rem; overflow: hidden; }
.card figure.chart { float: right; width: 38rem; max-width: 55%; margin: 0.5rem 0 1rem 1.5rem; }
/* Screens only: when Chromium prints, a width query is not measured on the landscape page, and the
   chart would drop under the words and split the card over two pages. */
@media screen and (max-width: 60rem) { .card figure.chart { float: none; width: auto; max-width: 100%; margin: 1rem 0; } }
table.board .note { display: block; font-size: 0.75rem; color: #4d4d4d; white-space: normal; }
table.board .na { color: #4d4d4d; }
table.board tr.exception > th { border-left: 5px solid #1a1a1a; font-weight: bold; }
table.board tr.exception { background: #fbf6ef; }
.mdc { display: inline-flex; align-items: center; gap: 0.3rem; }
.mdc svg { flex: none; }
.mdc-label { font-size: 0.75rem; line-height: 1.2; }
svg.sparkline { display: block; max-width: 100%; height: auto; }
table.key { font-size: 0.85rem; }
table.key td, table.key th { vertical-align: middle; padding: 0.15rem 0.5rem; }
table.key svg { vertical-align: middle; }
@media print {
  @page { size: A4 landscape; }
  table.board { font-size: 8pt; }
  table.board thead th, table.board thead .note { font-size: 7pt; hyphens: auto; }
  /* Narrow print columns: the icon's label goes under the icon rather than over the next cell,
     small enough that 'Improvement' fits the column. */
  table.board .mdc { flex-direction: column; align-items: flex-start; gap: 0.1rem; }
  table.board .mdc-label { font-size: 7pt; }
  /* The title on one line, so that page 1 reaches the first priority's table. */
  h1 { font-size: 18pt; }
  table.board tr.exception { background: #fbf6ef; }
  .card { break-inside: avoid; page-break-inside: avoid; }
}
`.trim();
