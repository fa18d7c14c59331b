/**
 * How the CLI speaks: the only module that writes to stdout/stderr for commands, and the one
 * function through which the process exits. Problems are printed in the contract's form
 * `file:line: field: message: expected ..., found ...`.
 */
import { formatProblem, type Problem, printable, ScrutinyError } from '../errors/problem.js';

export interface OutputOptions {
  readonly json: boolean;
  readonly quiet: boolean;
}

export class Output {
  /** Problems already printed: the same warning from two steps of one run is printed once. */
  private readonly printed = new Set<string>();

  constructor(readonly options: OutputOptions) {}

  /** A line of ordinary progress or result text (suppressed by --quiet and --json). */
  info(text: string): void {
    if (!this.options.quiet && !this.options.json) process.stdout.write(`${printable(text, true)}\n`);
  }

  /** A result that is the point of the command (suppressed only by --json). */
  result(text: string): void {
    if (!this.options.json) process.stdout.write(`${printable(text, true)}\n`);
  }

  /** The machine-readable result under --json. */
  json(value: unknown): void {
    if (this.options.json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** An error always; a warning unless --quiet; either only once per run. */
  problem(p: Problem): void {
    if (p.severity === 'warning' && this.options.quiet) return;
    const line = `${p.severity === 'warning' ? 'warning' : 'error'}: ${formatProblem(p)}`;
    if (this.printed.has(line)) return;
    this.printed.add(line);
    process.stderr.write(`${line}\n`);
  }

  problems(list: readonly Problem[]): void {
    for (const p of list) this.problem(p);
  }
}

/** Leave the process, printing an error first when there is one. The CLI's single exit. */
export function exitWith(code: number, error?: unknown, output?: Output): never {
  if (error instanceof ScrutinyError) {
    if (output?.options.json) {
      process.stdout.write(`${JSON.stringify({ ok: false, problems: error.problems }, null, 2)}\n`);
    }
    for (const p of error.problems) process.stderr.write(`${p.severity}: ${formatProblem(p)}\n`);
  } else if (error !== undefined) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`internal error (please report it): ${text}\n`);
  }
  process.exit(code);
}
