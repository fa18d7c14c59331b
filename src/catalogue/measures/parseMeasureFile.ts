/**
 * Read one measure file. Each entry is validated on its own: a bad entry yields its problems (file,
 * line, measure id, dotted path, expected, found) and a warning naming it, and the good entries of
 * the same file still load.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { dottedPath, issueParts, yamlLineOf } from '../../errors/zodIssues.js';
import { checkMeasure, type MeasureVocabulary } from './checkMeasure.js';
import { type Measure, measureSchema } from './schema.js';

export interface LocatedMeasure {
  readonly measure: Measure;
  readonly file: string;
  readonly line: number | undefined;
}

export interface ParsedMeasureFile {
  readonly entries: LocatedMeasure[];
  readonly problems: Problem[];
}

export function parseMeasureFile(
  text: string,
  file: string,
  vocabulary: MeasureVocabulary,
): ParsedMeasureFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) =>
      messages.measures.catalogueUnparsable(
        file,
        e.linePos?.[0]?.line,
        e.message.split('\n')[0] ?? e.message,
      ),
    );
    return { entries: [], problems };
  }
  const root = doc.toJS() as unknown;
  const list = (root as { measures?: unknown } | null)?.measures;
  if (!Array.isArray(list)) {
    const found = root === null || root === undefined ? 'an empty file' : `no list under "measures"`;
    return { entries: [], problems: [messages.measures.catalogueNotAList(file, found)] };
  }

  const entries: LocatedMeasure[] = [];
  const problems: Problem[] = [];
  list.forEach((raw: unknown, index) => {
    const base = ['measures', index];
    const entryLine = yamlLineOf(doc, lineCounter, base);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : `entry ${index + 1}`;
    const invalid = (path: readonly PropertyKey[], expected: string, found: string) =>
      messages.measures.measureInvalid(
        file,
        id,
        dottedPath(path, '(entry)'),
        expected,
        found,
        yamlLineOf(doc, lineCounter, [...base, ...path]),
      );

    const parsed = measureSchema.safeParse(raw);
    if (!parsed.success) {
      const valueAt = (path: readonly PropertyKey[]) => doc.getIn([...base, ...path], false);
      for (const part of issueParts(parsed.error, valueAt, [], applicabilityExpected))
        problems.push(invalid(part.path, part.expected, part.found));
      problems.push(messages.measures.measureSkipped(file, id, entryLine));
      return;
    }
    const checked = checkMeasure(parsed.data, vocabulary);
    if (checked.issues.length > 0) {
      for (const i of checked.issues) problems.push(invalid(i.path, i.expected, i.found));
      problems.push(messages.measures.measureSkipped(file, id, entryLine));
      return;
    }
    entries.push({ measure: checked.measure, file, line: entryLine });
  });
  return { entries, problems };
}

/** The discriminated applicability union, in the words of the catalogue's format. */
function applicabilityExpected(issue: z.core.$ZodIssue): string | undefined {
  return issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator'
    ? 'status "applicable" or "not_applicable"'
    : undefined;
}
