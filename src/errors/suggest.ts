/**
 * "Did you mean ...": the known names closest to a mistyped one, so a message can offer two or
 * three instead of listing every id (the catalogue holds about fifty).
 */

/** Edits (insert, delete, replace, swap two neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Up to `limit` known names near `typed`, nearest first: within a third of the word's length in
 * edits, or containing it (`burglary` finds `residential_burglary`). Empty when none is near.
 */
export function closestNames(typed: string, known: readonly string[], limit = 3): string[] {
  const word = typed.trim().toLowerCase();
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return known
    .map((name) => {
      const lower = name.toLowerCase();
      const distance = lower.includes(word) && word.length >= 4 ? 1 : editDistance(word, lower);
      return { name, distance };
    })
    .filter((c) => c.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}
