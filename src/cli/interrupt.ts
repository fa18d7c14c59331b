/**
 * What Ctrl+C (SIGINT) and `kill` (SIGTERM) do. Without a handler Node stops at once, which is right
 * for most commands (the work stops; a half-written output folder is rewritten by the next run).
 * An ingest adds a word: it loads everything in one transaction and commits only at the end, so
 * stopping it before then leaves the store as it was, and the user is told so.
 */
import type { Problem } from '../errors/problem.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import { exitWith, type Output } from './output.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `work`; a SIGINT or SIGTERM meanwhile runs `stop` (e.g. the progress bar's, to give the
 * cursor back), prints the problem `interrupted` names and exits 130 or 143 without waiting for the
 * work, so nothing after that point is committed.
 */
export async function stopOnSignal<T>(
  output: Output,
  interrupted: (signal: string) => Problem,
  stop: () => void,
  work: () => Promise<T>,
): Promise<T> {
  const handler = (signal: NodeJS.Signals) => {
    stop();
    const code = signal === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm;
    exitWith(code, new ScrutinyError(interrupted(signal), code), output);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  try {
    return await work();
  } finally {
    for (const signal of SIGNALS) process.off(signal, handler);
  }
}
