/**
 * Matching a table's header row to a format's column list. Names compare without regard to case or
 * surrounding/repeated spaces ("Offence  code " is "Offence Code"); order does not matter, since each
 * column is found by name. Every expected column must be there, and no other.
 */

export interface HeaderMatch {
  /** Column name (as the format writes it) -> index in the row. */
  readonly index: ReadonlyMap<string, number>;
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
}

export function normaliseHeaderName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function matchHeader(expected: readonly string[], found: readonly string[]): HeaderMatch {
  const wanted = new Map(expected.map((name) => [normaliseHeaderName(name), name]));
  const index = new Map<string, number>();
  const unexpected: string[] = [];
  found.forEach((cell, position) => {
    const name = wanted.get(normaliseHeaderName(cell));
    if (name !== undefined && !index.has(name)) index.set(name, position);
    else unexpected.push(cell.trim() === '' ? '(empty)' : cell);
  });
  const missing = expected.filter((name) => !index.has(name));
  return { index, missing, unexpected };
}

/**
 * Whether a row is meant as this table's header: at least half the expected names appear in it.
 * Title and notes rows above a published table share no more than a word or two with it.
 */
export function looksLikeHeader(expected: readonly string[], row: readonly string[]): boolean {
  const names = new Set(row.map(normaliseHeaderName));
  const hits = expected.filter((name) => names.has(normaliseHeaderName(name))).length;
  return hits * 2 >= expected.length;
}
