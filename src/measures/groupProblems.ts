/**
 * The measures' problems as the CLI prints them: the measures that all miss the same data (a
 * workspace without a force extract has thirty) are one warning naming them, not thirty lines.
 */
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';

const NOT_LOADED = 'measures.source-not-loaded';

/** What a not-loaded problem says is missing: 'force_crimes data for warwickshire'. */
function needed(problem: Problem): string | undefined {
  if (problem.code !== NOT_LOADED || problem.field === undefined) return undefined;
  return /^measure "[^"]+" needs (.+?), and none is loaded/.exec(problem.message)?.[1];
}

export function groupNotLoaded(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = needed(problem);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const out: Problem[] = [];
  const said = new Set<string>();
  for (const problem of problems) {
    const key = needed(problem);
    const group = key === undefined ? undefined : groups.get(key);
    if (key === undefined || !group || group.length === 1) {
      out.push(problem);
      continue;
    }
    if (said.has(key)) continue;
    said.add(key);
    out.push(
      messages.measures.sourcesNotLoaded(
        group.map((p) => p.field ?? ''),
        key,
      ),
    );
  }
  return out;
}
