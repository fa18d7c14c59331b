/**
 * Small, string-level edits to SVG documents. Vega numbers clip paths and gradients from a
 * module-wide counter, so the same chart rendered twice would differ and two charts inlined in
 * one HTML page could share an id; renumbering ids by order of appearance fixes both.
 */

const ID_ATTRIBUTE = /\bid="([^"]+)"/g;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Renames every id to `${prefix}1`, `${prefix}2`, ... in document order, with its url(#…) and href references. */
export function renumberIds(svg: string, prefix: string): string {
  const ids = [...new Set([...svg.matchAll(ID_ATTRIBUTE)].map((m) => m[1] as string))];
  let out = svg;
  ids.forEach((id, i) => {
    const next = `${prefix}${i + 1}`;
    const pattern = new RegExp(`(id="|url\\(#|href="#)${escapeRegExp(id)}(?=[")])`, 'g');
    out = out.replace(pattern, `$1${next}`);
  });
  return out;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The width and height attributes of the root <svg>, in pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? Number.NaN);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? Number.NaN);
  return { width, height };
}

/**
 * Gives the root <svg> an accessible name and description (role="img", <title>, <desc>), so that
 * the chart is announced as one image with its alt text rather than as hundreds of shapes.
 */
export function labelSvg(svg: string, idPrefix: string, title: string, description: string): string {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return svg.replace(/<svg\b([^>]*)>/, (_match, attributes: string) => {
    const kept = attributes
      .replace(/\s(role|aria-label|aria-labelledby|aria-roledescription|class)="[^"]*"/g, '')
      .trimEnd();
    return (
      `<svg${kept} role="img" aria-labelledby="${titleId} ${descId}">` +
      `<title id="${titleId}">${escapeXml(title)}</title><desc id="${descId}">${escapeXml(description)}</desc>`
    );
  });
}

/** The content of a standalone SVG document without its root element, for nesting inside another. */
export function svgInner(svg: string): string {
  return svg.replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
}
