/**
 * The one conversion of zod's issues into what a Problem says: where (the path, and the YAML line
 * when the document is at hand), what was expected and what was found. The configuration, the
 * measure catalogue and the governance records each wrap these parts in their own message.
 */
import { type Document, isNode, type LineCounter } from 'yaml';
import type { z } from 'zod';

export interface IssueParts {
  /** Path from the parsed value's root (the prefix given, then the issue's own path). */
  readonly path: readonly PropertyKey[];
  readonly expected: string;
  readonly found: string;
}

/**
 * One part per issue, and one per unknown key (each on its own path, so its own line). `valueAt`
 * reads the value found at a path (from the YAML document, say); absent, it is described as nothing.
 */
export function issueParts(
  error: z.ZodError,
  valueAt: (path: readonly PropertyKey[]) => unknown,
  prefix: readonly PropertyKey[] = [],
  expectedFor: (issue: z.core.$ZodIssue) => string | undefined = () => undefined,
): IssueParts[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: [...path, key],
        expected: 'no such field (check the spelling)',
        found: key,
      }));
    const found = describeFound(valueAt(path));
    return [{ path, expected: expectedFor(issue) ?? expectedOf(issue, found), found }];
  });
}

function expectedOf(issue: z.core.$ZodIssue, found: string): string {
  if (issue.code === 'invalid_type')
    return found === 'nothing' ? `a ${String(issue.expected)} (required)` : String(issue.expected);
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
  return issue.message;
}

/** A value as a Problem's `found`: JSON, or 'nothing' when there is none. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

/** 'a.0.b', or `root` for the empty path. */
export function dottedPath(path: readonly PropertyKey[], root: string): string {
  return path.map(String).join('.') || root;
}

/** The line of the YAML node at `path`, or of the nearest enclosing node that exists. */
export function yamlLineOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}
