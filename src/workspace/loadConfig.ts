import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { dottedPath, issueParts, yamlLineOf } from '../errors/zodIssues.js';
import { configSchema, type WorkspaceConfig } from './config.js';

/** Read, parse and validate `scrutiny.config.yaml`; every problem names its line and dotted path. */
export function loadConfig(file: string): WorkspaceConfig {
  return parseConfigText(readFileSync(file, 'utf8'), file);
}

export function parseConfigText(text: string, file: string): WorkspaceConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems: Problem[] = doc.errors.map((e) =>
      messages.workspace.configUnparsable(
        file,
        lineCounter.linePos(e.pos[0]).line,
        e.message.split('\n')[0] ?? e.message,
      ),
    );
    throw new ScrutinyError(problems);
  }
  const result = configSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const valueAt = (path: readonly PropertyKey[]) => doc.getIn(path as unknown[], false);
  throw new ScrutinyError(
    issueParts(result.error, valueAt).map((part) =>
      messages.workspace.configInvalid(
        file,
        dottedPath(part.path, '(root)'),
        part.expected,
        part.found,
        yamlLineOf(doc, lineCounter, part.path),
      ),
    ),
  );
}
