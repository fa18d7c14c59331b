/**
 * Drawing the figures of a statement in document order: each request is drawn by the report layer's
 * ChartDrawer and becomes a numbered FigureBlock, introduced by a sentence that refers to it, so text
 * and figure numbers cannot disagree.
 */
import { figure, figureRef, paragraph, text } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import { monthName } from '../../stats/calendar.js';
import type { ChartDrawer, ChartRequest } from './types.js';

export class FigureMaker {
  private count = 0;
  constructor(private readonly draw: ChartDrawer) {}

  /** The introducing sentence and the figure; nothing when there is no request. */
  async make(id: string, caption: string, request: ChartRequest | undefined): Promise<Block[]> {
    if (request === undefined) return [];
    const drawn = await this.draw(request);
    this.count += 1;
    return [
      paragraph(figureRef(id), text(` ${introduction(request)}`)),
      figure({ id, number: this.count, caption, alt: drawn.alt, svg: drawn.svg, dataTable: drawn.dataTable }),
    ];
  }

  get figures(): number {
    return this.count;
  }
}

function introduction(request: ChartRequest): string {
  switch (request.kind) {
    case 'volumes': {
      const first = request.points[0]!.month;
      const last = request.points[request.points.length - 1]!.month;
      const forecast = request.points.some((p) => p.forecast)
        ? ` and the forecast for ${monthName(last)}`
        : '';
      return `shows the monthly volumes from ${monthName(first)} to ${monthName(last)}, with the 3-year average${forecast}.`;
    }
    case 'rate':
      return `shows the ${request.rateLabel} with the in-month rate for each month.`;
    case 'spc':
      return 'shows the statistical process control chart: the points marked are special cause variation, the ones a reader should not put down to chance.';
    case 'satisfaction':
      return 'shows each group of victims against its target.';
  }
}
