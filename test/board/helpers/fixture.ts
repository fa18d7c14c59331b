/**
 * The board tests' input: the measures result of the demo workspace for March 2024 and its
 * governance questions (see fixtures/makeFixture.ts for how they were made), and a board built
 * from them the way runBoard builds one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BoardDocument, boardDocument } from '../../../src/board/boardDocument.js';
import { type BoardOptions, buildBoard } from '../../../src/board/buildBoard.js';
import type { BoardPack } from '../../../src/board/model.js';
import type { Classification } from '../../../src/document/model.js';
import { carriedQuestions, catalogueMeasureIds, parseGovernance } from '../../../src/governance/index.js';
import { verdictFigure } from '../../../src/measures/figures/verdictFigure.js';
import { compareWithPrevious } from '../../../src/measures/restatements.js';
import type { MeasureJson, MeasuresResult } from '../../../src/measures/result.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

const stored: MeasuresResult = JSON.parse(read('midshire-2024-03.json'));

/**
 * The stored result, with each measure's verdict worked out by the measures layer's own rule where
 * the stored JSON predates it (the fixture is regenerated only by hand).
 */
export const result: MeasuresResult = {
  ...stored,
  measures: stored.measures.map((m) =>
    m.figures && !m.verdict
      ? { ...m, verdict: verdictFigure(m.figures, m.direction, stored.period.last, 10) }
      : m,
  ),
};

/** The demo's questions as they stood at the end of March 2024. */
export function demoQuestions() {
  const cohorts = ['domestic_abuse', 'vehicle_crime', 'violence', 'burglary', 'hate_crime'];
  const known = new Set([...catalogueMeasureIds(FIXTURES, cohorts), ...result.measures.map((m) => m.id)]);
  const records = parseGovernance(
    { 'questions.yaml': read('questions.yaml'), 'meetings.yaml': read('meetings.yaml') },
    'governance',
    { knownMeasures: known },
  );
  return carriedQuestions(records, '2024-03-31');
}

/** The quarter before the fixture's, whose statement the restated case compares with. */
export const PREVIOUS_QUARTER = {
  kind: 'quarter',
  label: 'Q3 2023/24',
  first: '2023-10',
  last: '2023-12',
} as const;
/** Measures the previous statement printed higher, and by how much, for November 2023. */
export const RESTATED = { knife_crime: 3, domestic_abuse_knife_crime: 2 } as const;

/**
 * The result with figures restated since a Q3 2023/24 statement, by the one comparison
 * (measures/restatements.ts): that statement is the fixture as it would have printed it, with
 * November 2023 higher for the measures of RESTATED, the only ones it printed.
 */
export function restatedResult(): MeasuresResult {
  const previous: MeasuresResult = {
    ...result,
    period: PREVIOUS_QUARTER,
    // The statement printed the measures of RESTATED (the others are not compared).
    measures: result.measures.flatMap((m) => {
      const extra = RESTATED[m.id as keyof typeof RESTATED];
      if (extra === undefined || !m.series || !m.figures) return [];
      const series = m.series.map((p) =>
        p.month === '2023-11' && p.value !== null ? { ...p, value: p.value + extra } : p,
      );
      const printed = series
        .filter((p) => p.month >= PREVIOUS_QUARTER.first && p.month <= PREVIOUS_QUARTER.last)
        .reduce((sum, p) => sum + (p.value ?? 0), 0);
      return {
        ...m,
        series,
        figures: { ...m.figures, current: { ...m.figures.current, status: 'ok', value: printed } },
      } as MeasureJson;
    }),
  };
  return { ...result, restatements: compareWithPrevious(previous, result) };
}

export interface BoardCase {
  readonly classification?: Classification;
  readonly exceptionsOnly?: boolean;
  readonly governance?: boolean;
  /** With figures restated since the previous quarter's statement (restatedResult). */
  readonly restated?: boolean;
}

export function pack(options: BoardCase = {}): BoardPack {
  const board: BoardOptions = {
    classification: options.classification ?? 'OFFICIAL',
    exceptionsOnly: options.exceptionsOnly ?? false,
    organisation: 'Office of the Police and Crime Commissioner for Midshire',
    ...(options.governance === false ? {} : { questions: demoQuestions() }),
  };
  return buildBoard(options.restated ? restatedResult() : result, board);
}

export async function documentOf(p: BoardPack): Promise<BoardDocument> {
  return boardDocument(p, result.period, '0.1.0');
}
