/**
 * The period of `scrutiny board`, read here once: --month ('2024-03' or 'March 2024', one month) or
 * --period in any form the other commands take (cli/period.ts), never both. The board job receives
 * the parsed Period.
 */
import { messages } from '../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../errors/problem.js';
import { type Period, parsePeriod, readPeriodLabel } from '../stats/calendar.js';
import type { Store } from '../store/store.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { periodOption } from './period.js';

export interface BoardPeriodRequest {
  readonly month?: string;
  readonly period?: string;
}

const usage = (problem: Problem) => new ScrutinyError(problem, ExitCode.usageError);

/** The period label the measures take, from --month or --period (exactly one). */
export function boardPeriodLabel(request: BoardPeriodRequest): string {
  const { month, period } = request;
  if (month !== undefined && period !== undefined) throw usage(messages.board.periodTwice(month, period));
  if (month !== undefined) {
    const read = readPeriodLabel(month);
    if (!read.ok || read.period.kind !== 'month') throw usage(messages.board.badMonth(month));
    return read.period.first;
  }
  if (period === undefined) throw usage(messages.board.periodMissing());
  return period;
}

/** The board's period: --month read as one month, else --period read against the data (or its default). */
export async function boardPeriod(
  store: Store,
  config: WorkspaceConfig,
  request: BoardPeriodRequest,
): Promise<Period> {
  if (request.month === undefined) return periodOption(store, config, request.period);
  return parsePeriod(boardPeriodLabel(request), '--month');
}
