/**
 * A Making Data Count icon inside an HTML table cell: the drawing from src/report/charts/mdcIcons.ts
 * at 32 px, named by its full meaning (role="img" with a title), with its short label written
 * beside it, so the icon is read as words by everyone and never by colour alone.
 */
import {
  ASSURANCE_MEANINGS,
  type AssuranceIcon,
  assuranceIconShapes,
  VARIATION_MEANINGS,
  type VariationIcon,
  variationIconShapes,
} from '../../report/charts/mdcIcons.js';
import { escapeXml } from '../../report/charts/svgTools.js';
import { escapeHtml } from '../../report/render/html/escape.js';

const SIZE = 32;

function iconSvg(shapes: string, title: string | undefined): string {
  const naming = title === undefined ? 'aria-hidden="true"' : 'role="img"';
  const titleElement = title === undefined ? '' : `<title>${escapeXml(title)}</title>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 48 48" focusable="false" ${naming}>${titleElement}${shapes}</svg>`;
}

/** The icon and its short label; `named: false` when the words beside it already say everything (the key). */
export function variationIconHtml(kind: VariationIcon, named = true): string {
  const meaning = VARIATION_MEANINGS[kind];
  const svg = iconSvg(variationIconShapes(kind, 0, 0), named ? meaning.long : undefined);
  return named
    ? `<span class="mdc">${svg}<span class="mdc-label">${escapeHtml(meaning.short)}</span></span>`
    : svg;
}

export function assuranceIconHtml(kind: AssuranceIcon, named = true): string {
  const meaning = ASSURANCE_MEANINGS[kind];
  const svg = iconSvg(assuranceIconShapes(kind, 0, 0), named ? meaning.long : undefined);
  return named
    ? `<span class="mdc">${svg}<span class="mdc-label">${escapeHtml(meaning.short)}</span></span>`
    : svg;
}
