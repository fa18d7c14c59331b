/** PNGs of every figure for the Word document, drawn by Chromium from the figures' own SVG. */
import type { Document, FigureBlock } from '../../../document/model.js';
import { svgSize } from '../../charts/svgTools.js';
import { accessibleFigureSvg } from '../figureSvg.js';
import type { ChromiumSession } from '../pdf/chromium.js';
import type { FigureImage } from './docxBlocks.js';

export async function figureImages(
  doc: Document,
  session: ChromiumSession,
): Promise<Map<string, FigureImage>> {
  const figures = doc.blocks.filter((block): block is FigureBlock => block.kind === 'figure');
  const svgs = figures.map(accessibleFigureSvg);
  const pngs = await session.svgsToPng(svgs);
  const images = new Map<string, FigureImage>();
  figures.forEach((figure, i) => {
    const { width, height } = svgSize(svgs[i]!);
    images.set(figure.id, { png: pngs[i]!, width, height });
  });
  return images;
}
