/**
 * Parse one governance file into records. Each record is checked on its own, so one bad record is
 * reported without hiding the others, and the good ones still go on to the cross-record checks.
 */
import { isMap } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../errors/problem.js';
import { LIST_FILES, type ListKind } from './files.js';
import { type Plan, planSchema } from './schemas/plan.js';
import { type ParsedYaml, parseYaml, type YamlPath } from './yamlSites.js';
import { problemsOfIssues } from './zodIssues.js';

/** A valid record with the path it came from, so later checks can point at its lines. */
export interface Located<T> {
  readonly value: T;
  readonly path: YamlPath;
  readonly parsed: ParsedYaml;
}

export interface ParsedList<T> {
  readonly entries: Located<T>[];
  readonly problems: Problem[];
}

type RecordOf<K extends ListKind> = z.infer<(typeof LIST_FILES)[K]['schema']>;

/** `text` undefined means the file does not exist: no records, no problems. */
export function parseListFile<K extends ListKind>(
  kind: K,
  text: string | undefined,
  file: string,
): ParsedList<RecordOf<K>> {
  if (text === undefined) return { entries: [], problems: [] };
  const { parsed, problems } = parseYaml(text, file);
  if (!parsed) return { entries: [], problems };
  const root = parsed.doc.contents;
  if (root === null || (isMap(root) && root.items.length === 0)) return { entries: [], problems: [] };
  const shape = z.object({ [kind]: z.array(z.unknown()).nullable() }).strict();
  const outer = shape.safeParse(parsed.doc.toJS());
  if (!outer.success) return { entries: [], problems: problemsOfIssues(outer.error, parsed, []) };
  const list = (outer.data[kind] ?? []) as unknown[];
  const schema = LIST_FILES[kind].schema as unknown as z.ZodType<RecordOf<K>>;
  const entries: Located<RecordOf<K>>[] = [];
  list.forEach((raw, index) => {
    const path = [kind, index];
    const result = schema.safeParse(raw);
    if (result.success) entries.push({ value: result.data, path, parsed });
    else problems.push(...problemsOfIssues(result.error, parsed, path));
  });
  return { entries, problems };
}

export interface ParsedPlan {
  readonly plan?: Located<Plan>;
  readonly problems: Problem[];
}

export function parsePlanFile(text: string | undefined, file: string): ParsedPlan {
  if (text === undefined) return { problems: [] };
  const { parsed, problems } = parseYaml(text, file);
  if (!parsed) return { problems };
  if (parsed.doc.contents === null) return { problems: [] };
  const result = planSchema.safeParse(parsed.doc.toJS());
  if (!result.success) return { problems: problemsOfIssues(result.error, parsed, []) };
  return { plan: { value: result.data, path: [], parsed }, problems: [] };
}
