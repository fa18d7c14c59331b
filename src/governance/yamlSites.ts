/**
 * A parsed governance file that can say which line a field sits on, so every problem names the
 * file, the line and the dotted path (the yaml package's LineCounter keeps the offsets).
 */
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { GovernanceSite } from '../errors/messages/governance.js';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';

export type YamlPath = readonly (string | number)[];

export interface ParsedYaml {
  readonly file: string;
  readonly doc: Document;
  /** The site of a path: its line, or the line of the nearest enclosing node that exists. */
  site(path: YamlPath): GovernanceSite;
}

export function dottedPath(path: YamlPath): string {
  return path.map(String).join('.') || '(root)';
}

/** Parse YAML text; problems when it is not valid YAML (then nothing else is checked). */
export function parseYaml(text: string, file: string): { parsed?: ParsedYaml; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) =>
        // With prettyErrors off the error carries only offsets: the counter turns them into a line.
        messages.governance.unparsable(
          { file, line: counter.linePos(e.pos[0]).line },
          e.message.split('\n')[0] ?? e.message,
        ),
      ),
    };
  }
  const site = (path: YamlPath): GovernanceSite => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range)
        return { file, line: counter.linePos(node.range[0]).line, field: dottedPath(path) };
    }
    return { file, field: dottedPath(path) };
  };
  return { parsed: { file, doc, site }, problems: [] };
}
