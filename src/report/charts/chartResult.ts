import type { Table } from '../../document/model.js';

/**
 * What every chart function returns: the picture, the picture in words, and the numbers behind it.
 * A FigureBlock is this plus a number, a caption and an id (see src/document/build.ts `figure`).
 */
export interface ChartResult {
  /** A standalone, deterministic SVG document (same input, same bytes). */
  readonly svg: string;
  /** What the chart shows, in sentences, for readers who cannot see it. */
  readonly alt: string;
  /** Every value drawn, formatted as printed elsewhere in the document. */
  readonly dataTable: Table;
  /**
   * The names of the layers drawn, as the legend prints them ('Recorded', '3-year average'): a
   * caption names only these (src/narrative/sentences/captions.ts).
   */
  readonly layers: readonly string[];
}
