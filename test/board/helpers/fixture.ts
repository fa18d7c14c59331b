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
import type { MeasuresResult } from '../../../src/measures/result.js';

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

export interface BoardCase {
  readonly classification?: Classification;
  readonly exceptionsOnly?: boolean;
  readonly governance?: boolean;
}

export function pack(options: BoardCase = {}): BoardPack {
  const board: BoardOptions = {
    classification: options.classification ?? 'OFFICIAL',
    exceptionsOnly: options.exceptionsOnly ?? false,
    organisation: 'Office of the Police and Crime Commissioner for Midshire',
    ...(options.governance === false ? {} : { questions: demoQuestions() }),
  };
  return buildBoard(result, board);
}

export async function documentOf(p: BoardPack): Promise<BoardDocument> {
  return boardDocument(p, result.period, '0.1.0');
}
