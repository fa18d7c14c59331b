/**
 * The figure the commentary checker tests the app with: the neighbourhood-crime count for the
 * quarter, and commentary text that states any number for it (the right one, or a wrong one the
 * checker must catch). Shared by the browser and the HTTP journeys.
 */
import assert from 'node:assert/strict';
import { formatCount } from '../../src/stats/rounding.js';
import { QUARTER } from '../site/fixture.js';
import type { TestApp } from './harness.js';

export interface CheckedFigure {
  /** The count the data give for the quarter. */
  readonly right: number;
  /** A commentary section stating `n` as that count. */
  readonly text: (n: number) => string;
}

export async function checkedFigure(app: TestApp): Promise<CheckedFigure> {
  const prepared = await app.opened.context.figures.prepared(QUARTER);
  const measure = prepared.input.result.measures.find(
    (m) =>
      m.priority === 'neighbourhood_crime' &&
      m.figures?.kind === 'count' &&
      m.figures.current.status === 'ok',
  );
  assert.ok(measure?.figures && measure.figures.current.status === 'ok');
  const title = measure.title;
  return {
    right: measure.figures.current.value,
    text: (n) => `## ${title}\n\nIn ${QUARTER}, volumes (n=${formatCount(n)}) were recorded.\n`,
  };
}
