/**
 * The key to the icons as HTML: the document's key table with each icon drawn in its first cell.
 * The icons here are hidden from assistive technology because the row states letter, label and
 * meaning in words.
 */
import type { TableBlock } from '../../document/model.js';
import {
  ASSURANCE_MEANINGS,
  type AssuranceIcon,
  VARIATION_MEANINGS,
  type VariationIcon,
} from '../../report/charts/mdcIcons.js';
import { escapeHtml } from '../../report/render/html/escape.js';
import { assuranceIconHtml, variationIconHtml } from './iconHtml.js';

export function keyTableHtml(table: TableBlock): string {
  const row = (icon: string, kind: string, letter: string, short: string, long: string) =>
    `<tr><td>${icon} <span class="mdc-label">${escapeHtml(kind)}</span></td><td class="centre">${escapeHtml(letter)}</td><th scope="row">${escapeHtml(short)}</th><td>${escapeHtml(long)}</td></tr>`;
  const rows = [
    ...(Object.keys(VARIATION_MEANINGS) as VariationIcon[]).map((k) => {
      const m = VARIATION_MEANINGS[k];
      return row(variationIconHtml(k, false), 'Variation', m.letter || '(none)', m.short, m.long);
    }),
    ...(Object.keys(ASSURANCE_MEANINGS) as AssuranceIcon[]).map((k) => {
      const m = ASSURANCE_MEANINGS[k];
      return row(assuranceIconHtml(k, false), 'Assurance', m.letter, m.short, m.long);
    }),
  ];
  const head = table.header[0]!.map((h) => `<th scope="col">${escapeHtml(String(h))}</th>`).join('');
  return `<table class="key">\n<caption>${escapeHtml(table.caption)}</caption>\n<thead>\n<tr>${head}</tr>\n</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}
