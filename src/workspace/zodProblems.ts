import type { Document, LineCounter } from 'yaml';
import { isNode } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../errors/problem.js';

/**
 * Turn zod issues into Problems with a dotted path and, when the YAML document is given, the line
 * the offending value sits on (or the nearest enclosing node that exists).
 */
export function problemsFromZod(
  error: z.ZodError,
  doc: Document | undefined,
  lineCounter: LineCounter | undefined,
  make: (path: string, expected: string, found: string, line: number | undefined) => Problem,
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const line = doc && lineCounter ? lineOf(doc, lineCounter, issue.path) : undefined;
    const found = doc ? describeFound(doc.getIn(issue.path as unknown[], false)) : 'an invalid value';
    return make(path, expectedOf(issue), found, line);
  });
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return String(issue.expected);
  if (issue.code === 'invalid_value')
    return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `no key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}
