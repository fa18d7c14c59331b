/**
 * A memo of model fits. A fit is a pure function of the history, the season length and the level,
 * and costs tens of milliseconds in the wasm model, while the same history comes back often: two
 * catalogue measures with the same selection (personal robbery is both a serious-violence and a
 * neighbourhood-crime measure), or the statement, the board and the Panel report judging the same
 * month in one process. Each distinct fit is therefore made once per process.
 *
 * Bounded (least recently used out first) so that a long back-test cannot grow it without end.
 */

export interface FitCacheStats {
  readonly size: number;
  readonly hits: number;
  readonly misses: number;
}

const MAX_ENTRIES = 2000;
const entries = new Map<string, unknown>();
let hits = 0;
let misses = 0;

/** The result of `fit()` for this history and model settings, fitted only the first time. */
export function memoisedFit<T>(
  history: readonly number[],
  seasonLength: number,
  level: number,
  fit: () => T,
): T {
  const key = `${seasonLength}|${level}|${history.join(',')}`;
  if (entries.has(key)) {
    hits++;
    const value = entries.get(key) as T;
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  misses++;
  const value = fit();
  entries.set(key, value);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}

/** Forget every fit (benchmarks measure cold runs with it). */
export function clearFitCache(): void {
  entries.clear();
  hits = 0;
  misses = 0;
}

export function fitCacheStats(): FitCacheStats {
  return { size: entries.size, hits, misses };
}
