/** Duplicate ids: within each file, and among the Plan's objectives and each objective's themes. */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { Located } from '../parseFiles.js';
import type { ParsedYaml, YamlPath } from '../yamlSites.js';
import type { ParsedSet } from './parsedSet.js';

interface Identified {
  readonly id: string | undefined;
  readonly path: YamlPath;
  readonly parsed: ParsedYaml;
}

function duplicates(items: readonly Identified[]): Problem[] {
  const first = new Map<string, Identified>();
  const problems: Problem[] = [];
  for (const item of items) {
    if (item.id === undefined) continue;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, item);
    else
      problems.push(
        messages.governance.duplicateId(
          item.parsed.site([...item.path, 'id']),
          item.id,
          earlier.parsed.site([...earlier.path, 'id']).line,
        ),
      );
  }
  return problems;
}

function ofEntries<T extends { id?: string | undefined }>(entries: readonly Located<T>[]): Identified[] {
  return entries.map((e) => ({ id: e.value.id, path: e.path, parsed: e.parsed }));
}

export function checkDuplicateIds(set: ParsedSet): Problem[] {
  const problems = [
    ...duplicates(ofEntries(set.questions)),
    ...duplicates(ofEntries(set.meetings)),
    ...duplicates(ofEntries(set.engagement)),
    ...duplicates(ofEntries(set.grants)),
    ...duplicates(ofEntries(set.decisions)),
    ...duplicates(ofEntries(set.activities)),
  ];
  const plan = set.plan;
  if (plan) {
    const objectives = plan.value.objectives.map((o, i) => ({
      id: o.id,
      path: ['objectives', i],
      parsed: plan.parsed,
    }));
    problems.push(...duplicates(objectives));
    plan.value.objectives.forEach((o, i) => {
      const themes = o.themes.map((t, j) => ({
        id: t.id,
        path: ['objectives', i, 'themes', j],
        parsed: plan.parsed,
      }));
      problems.push(...duplicates(themes));
    });
  }
  return problems;
}
