/**
 * A Problem is one thing wrong (or worth a warning) with the user's input, said the way the
 * project's contract requires: where (file, line, column or field), what was expected, what was found.
 * Every user-facing text is built by a function in ./messages: nothing else writes prose for users.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable machine-readable code, e.g. `ingest.header-mismatch`. */
  readonly code: string;
  readonly severity: Severity;
  /** A sentence for a person, without the location prefix. */
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  /** A CSV column name or a dotted path into YAML/JSON. */
  readonly field?: string;
  readonly expected?: string;
  readonly found?: string;
}

/** Exit codes of the CLI; the only place they are defined. */
export const ExitCode = {
  ok: 0,
  dataError: 1,
  usageError: 2,
  internalError: 70,
  /** Stopped by Ctrl+C or `kill`: 128 + the signal's number, as shells report it. */
  sigint: 130,
  sigterm: 143,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error carrying one or more problems. The CLI prints them and exits with `exitCode`. */
export class ScrutinyError extends Error {
  readonly problems: readonly Problem[];
  readonly exitCode: ExitCodeValue;

  constructor(problems: Problem | readonly Problem[], exitCode: ExitCodeValue = ExitCode.dataError) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    super(list.map(formatProblem).join('\n'));
    this.name = 'ScrutinyError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** `file:line: field: message (expected X, found Y)`, omitting the parts that are unknown. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line === undefined ? undefined : String(p.line)].filter(Boolean).join(':');
  const head = [where, p.field].filter(Boolean).join(': ');
  const detail =
    p.expected !== undefined || p.found !== undefined
      ? ` expected ${p.expected ?? '(unspecified)'}, found ${p.found ?? '(nothing)'}`
      : '';
  const body = `${p.message}${detail ? (p.message.endsWith(':') ? detail : `:${detail}`) : ''}`;
  return printable(head ? `${head}: ${body}` : body);
}

/**
 * Text safe to print on a terminal: control characters (ANSI escape sequences, carriage returns,
 * backspaces, NULs and the C1 range), DEL and the bidirectional overrides that could reorder what
 * is shown are written as visible escapes such as `\x1b`. Input files and file names reach the
 * terminal through problems and paths; none of their bytes may move the cursor or recolour it.
 * Line feeds are kept only when `keepLineFeeds` (a multi-line message of our own).
 */
export function printable(text: string, keepLineFeeds = false): string {
  return text.replace(UNSAFE, (char) => {
    if (char === '\n' && keepLineFeeds) return char;
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shorten a found value for display so one enormous cell cannot flood the terminal. */
export function quoteFound(value: string | null | undefined, max = 60): string {
  if (value === null || value === undefined) return '(empty)';
  if (value === '') return '(empty)';
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${shown}"`;
}
