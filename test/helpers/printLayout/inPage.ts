/**
 * The measuring done inside Chromium, as the source of a function expression (this project's
 * TypeScript has no DOM types, so it is evaluated as a string, like the other browser tests).
 * Run on the page laid out for print (print media, the viewport as wide as the printable area of
 * the page), it returns what the PDF would show wrongly:
 *   - a table wider than the printable width (the PDF cuts it at the right margin);
 *   - a cell whose text or drawing spills out of the cell (it is drawn over its neighbour);
 *   - text drawn over a drawing (a chart, an icon, a sparkline) that is not its own;
 * and the texts a page must not end with: headings, table captions and table header rows.
 */
export const MEASURE_PRINT_LAYOUT = `(() => {
  const SLACK = 0.5;
  const findings = [];
  const main = document.querySelector('main') || document.body;
  const limit = main.getBoundingClientRect().right + SLACK;
  const clean = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const shown = (el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden');
  const tableName = (t) =>
    clean(t.querySelector('caption')?.textContent) ||
    clean(t.closest('[aria-label]')?.getAttribute('aria-label')) || 'a table without a caption';
  /** Line boxes of the visible text inside el (one rect per line of each text node). */
  const textBoxes = (el) => {
    const boxes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (clean(node.textContent) === '' || !node.parentElement || !shown(node.parentElement)) continue;
      if (node.parentElement.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push({ r, text: clean(node.textContent), inTable: !!node.parentElement.closest('table') });
    }
    return boxes;
  };
  const drawings = (el) => [...el.querySelectorAll('svg, img')].filter((d) => !d.parentElement.closest('svg') && shown(d));
  const overlaps = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

  for (const t of document.querySelectorAll('table')) {
    if (!shown(t)) continue;
    const box = t.getBoundingClientRect();
    if (box.right > limit)
      findings.push('table "' + tableName(t) + '" is ' + Math.round(box.width) + ' px wide, ' +
        Math.round(box.right - limit + SLACK) + ' px past the right margin (printable width ' + Math.round(main.getBoundingClientRect().width) + ' px)');
    const spills = [];
    for (const cell of t.querySelectorAll('th, td')) {
      if (!shown(cell)) continue;
      const c = cell.getBoundingClientRect();
      const inside = (r) => r.left >= c.left - SLACK && r.right <= c.right + SLACK && r.top >= c.top - SLACK && r.bottom <= c.bottom + SLACK;
      const parts = [...textBoxes(cell), ...drawings(cell).map((d) => ({ r: d.getBoundingClientRect(), text: 'a drawing' }))];
      const out = parts.find((p) => !inside(p.r));
      if (out) spills.push('"' + out.text.slice(0, 60) + '"');
    }
    if (spills.length > 0)
      findings.push('in table "' + tableName(t) + '", ' + spills.length + ' cell' + (spills.length === 1 ? '' : 's') +
        ' spill over a neighbour or the table edge: ' + [...new Set(spills)].slice(0, 4).join(', '));
  }
  const allDrawings = drawings(main);
  for (const { r, text, inTable } of textBoxes(main)) {
    if (r.right > limit && !inTable) findings.push('"' + text.slice(0, 60) + '" runs ' + Math.round(r.right - limit) + ' px past the right margin');
  }
  for (const d of allDrawings) {
    const r = d.getBoundingClientRect();
    if (r.right > limit) findings.push('a drawing runs ' + Math.round(r.right - limit) + ' px past the right margin');
  }
  const texts = textBoxes(main);
  for (const d of allDrawings) {
    const r = d.getBoundingClientRect();
    const hit = texts.find((t) => overlaps(t.r, r));
    if (hit) findings.push('"' + hit.text.slice(0, 60) + '" is drawn over a drawing');
  }
  const keepWithNext = [
    ...[...main.querySelectorAll('h2, h3, h4, h5, h6, caption')].filter(shown).map((e) => clean(e.textContent)),
  ];
  const tableHeads = [...main.querySelectorAll('table')].filter(shown).map((t) =>
    [...t.querySelectorAll('thead th')].map((th) => clean(th.textContent)).join(' '));
  return { findings: [...new Set(findings)], keepWithNext, tableHeads };
})()`;
