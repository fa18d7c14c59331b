/** zod issues of one record as Problems at their YAML sites (file, line, dotted path, expected, found). */
import type { z } from 'zod';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import { issueParts } from '../errors/zodIssues.js';
import type { ParsedYaml, YamlPath } from './yamlSites.js';

export function problemsOfIssues(error: z.ZodError, parsed: ParsedYaml, prefix: YamlPath): Problem[] {
  const valueAt = (path: readonly PropertyKey[]) => parsed.doc.getIn(path as unknown[], false);
  return issueParts(error, valueAt, prefix).map((part) =>
    messages.governance.invalid(
      parsed.site(part.path.map((p) => (typeof p === 'symbol' ? String(p) : p))),
      part.expected,
      part.found,
    ),
  );
}
