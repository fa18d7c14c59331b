/**
 * A figure's SVG made ready to stand alone or sit inside a page: ids made unique to the figure
 * (two charts inlined in one HTML page must not share a clip path) and the root labelled with the
 * figure's title and alt text, so assistive technology announces one image with a description.
 */
import { figureTitle } from '../../document/inline.js';
import type { FigureBlock } from '../../document/model.js';
import { labelSvg, renumberIds } from '../charts/svgTools.js';

export function accessibleFigureSvg(figure: FigureBlock): string {
  const unique = renumberIds(figure.svg, `${figure.id}-c`);
  return labelSvg(unique, figure.id, figureTitle(figure), figure.alt);
}

/** Where a figure's SVG file is written, relative to the document: 'figures/figure-3-burglary-volumes.svg'. */
export function figureFileName(figure: FigureBlock): string {
  return `figures/figure-${figure.number}-${figure.id}.svg`;
}
