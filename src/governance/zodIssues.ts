/** zod issues of one record as Problems at their YAML sites (file, line, dotted path, expected, found). */
import type { z } from 'zod';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import type { ParsedYaml, YamlPath } from './yamlSites.js';

export function problemsOfIssues(error: z.ZodError, parsed: ParsedYaml, prefix: YamlPath): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, on the key's own line.
      return issue.keys.map((key) =>
        messages.governance.invalid(parsed.site([...path, key]), 'no such field (check the spelling)', key),
      );
    }
    const found = describeFound(parsed.doc.getIn(path, false));
    return [messages.governance.invalid(parsed.site(path), expectedOf(issue, found), found)];
  });
}

function expectedOf(issue: z.core.$ZodIssue, found: string): string {
  if (issue.code === 'invalid_type')
    return found === 'nothing' ? `a ${issue.expected} (required)` : issue.expected;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
  return issue.message;
}

function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}
