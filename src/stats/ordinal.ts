/** Ordinals for rankings in prose: '1st', '22nd', '113th', and '5th of 8'. */

/** The English ordinal of a positive whole number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th. */
export function ordinal(n: number): string {
  if (!(Number.isSafeInteger(n) && n >= 1))
    throw new RangeError(`an ordinal needs a whole number ≥ 1, got ${n}`);
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** '5th of 8', or 'joint 5th of 8' when the rank is shared. */
export function rankText(rank: number, of: number, tied = false): string {
  return `${tied ? 'joint ' : ''}${ordinal(rank)} of ${of}`;
}
