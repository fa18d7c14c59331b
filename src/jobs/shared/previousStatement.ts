/**
 * The office's previous statement, for restated figures: the figures.json of the latest statement
 * in out/statements/ whose quarter is before this one (folders are named so that their order is the
 * quarters' order: 2025-26-q2 < 2025-26-q3 < 2026-27-q1). None there: a first statement, nothing to
 * compare. A file that cannot be read, or is not a statement's figures, is a warning, never a crash:
 * the statement is still written, and says it could not compare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { MeasuresResult } from '../../measures/result.js';

const QUARTER_FOLDER = /^\d{4}-\d{2}-q[1-4]$/;

export type PreviousStatement =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly result: MeasuresResult }
  | { readonly kind: 'unreadable'; readonly problem: Problem };

/** Which product is comparing: its warning says what it cannot say. */
export type RestatingProduct = 'statement' | 'panel' | 'board';

export function previousStatement(
  outRoot: string,
  folder: string,
  product: RestatingProduct = 'statement',
): PreviousStatement {
  const root = join(outRoot, 'statements');
  if (!existsSync(root)) return { kind: 'none' };
  const earlier = readdirSync(root)
    .filter((name) => QUARTER_FOLDER.test(name) && name < folder)
    .filter((name) => existsSync(join(root, name, 'figures.json')))
    .sort();
  const latest = earlier.at(-1);
  if (latest === undefined) return { kind: 'none' };
  const file = join(root, latest, 'figures.json');
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const problem = shapeProblem(parsed);
    if (problem)
      return {
        kind: 'unreadable',
        problem: messages.statement.previousFiguresUnreadable(file, problem, product),
      };
    return { kind: 'found', result: parsed as MeasuresResult };
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      kind: 'unreadable',
      problem: messages.statement.previousFiguresUnreadable(file, detail, product),
    };
  }
}

/** What the comparison reads: a version-1 result with a period and measures. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const result = value as Partial<Record<keyof MeasuresResult, unknown>>;
  if (result.schemaVersion !== 1) return `schemaVersion ${JSON.stringify(result.schemaVersion ?? null)}`;
  const period = result.period as { label?: unknown; first?: unknown; last?: unknown } | undefined;
  if (
    typeof period?.label !== 'string' ||
    typeof period.first !== 'string' ||
    typeof period.last !== 'string'
  )
    return 'no period';
  if (!Array.isArray(result.measures)) return 'no list of measures';
  const bad = result.measures.findIndex(
    (m: unknown) =>
      typeof m !== 'object' ||
      m === null ||
      typeof (m as { id?: unknown }).id !== 'string' ||
      !Array.isArray((m as { provenance?: unknown }).provenance) ||
      !['undefined', 'object'].includes(typeof (m as { series?: unknown }).series),
  );
  return bad >= 0 ? `measures[${bad}] is not a measure with an id and its provenance` : undefined;
}
