/**
 * The measures' problems as the CLI prints them: the measures that all miss the same data (a
 * workspace without a force extract has thirty), or whose data all stop short of the period, are one
 * warning naming them, not thirty lines.
 */
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';

const NOT_LOADED = 'measures.source-not-loaded';
const NOT_COVERED = 'measures.period-not-covered';

/**
 * What a problem shared by several measures says, as the key its group is said under: for a
 * not-loaded problem what is missing ('force_crimes data for warwickshire'), for a period not
 * covered the data and what it does cover (the Home Office table feeding a dozen measures).
 */
function needed(problem: Problem): string | undefined {
  if (problem.field === undefined) return undefined;
  if (problem.code === NOT_LOADED)
    return /^measure "[^"]+" needs (.+?), and none is loaded/.exec(problem.message)?.[1];
  if (problem.code === NOT_COVERED)
    return /^measure "[^"]+": (the .+ data loaded does not cover .+)$/.exec(problem.message)?.[1];
  return undefined;
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
    const ids = group.map((p) => p.field ?? '');
    out.push(
      problem.code === NOT_LOADED
        ? messages.measures.sourcesNotLoaded(ids, key)
        : messages.measures.periodsNotCovered(ids, key),
    );
  }
  return out;
}
