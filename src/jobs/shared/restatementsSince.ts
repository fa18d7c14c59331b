/**
 * Restated figures for any product that prints figures an earlier statement printed: the statement
 * itself, the Panel report (which carries the statement as its Appendix A) and the board pack. One
 * rule for all three: compare the figures the product shows now with the figures.json of the
 * latest statement of a quarter before the quarter shown (previousStatement.ts), by the one
 * comparison of measures/restatements.ts. So the Panel report and the board say exactly what the
 * quarter's statement says.
 */
import type { Problem } from '../../errors/problem.js';
import { compareWithPrevious, type RestatementsJson } from '../../measures/restatements.js';
import type { MeasuresResult } from '../../measures/result.js';
import { periodFolderName } from '../../narrative/commentaryFiles.js';
import { type Month, periodContaining } from '../../stats/calendar.js';
import { previousStatement, type RestatingProduct } from './previousStatement.js';

export interface RestatementsFound {
  readonly restatements: RestatementsJson;
  /** The previous statement's figures.json could not be read: one warning naming it. */
  readonly problems: readonly Problem[];
}

/** The statement folder of the quarter holding `month` ('2025-12' -> '2025-26-q3'). */
export function quarterFolderOf(month: Month): string {
  return periodFolderName(periodContaining('quarter', month));
}

/**
 * `shown`: the result as the product publishes it (after the publication filter), whose period ends
 * in the quarter `folder` names; `outRoot`: the workspace's out/ folder.
 */
export function restatementsSince(
  outRoot: string,
  folder: string,
  shown: MeasuresResult,
  product: RestatingProduct = 'statement',
): RestatementsFound {
  const previous = previousStatement(outRoot, folder, product);
  if (previous.kind === 'unreadable')
    return {
      restatements: { comparedWith: null, figures: [], unreadable: true },
      problems: [previous.problem],
    };
  return {
    restatements: compareWithPrevious(previous.kind === 'found' ? previous.result : undefined, shown),
    problems: [],
  };
}
