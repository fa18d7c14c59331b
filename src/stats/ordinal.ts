/** Ordinals for rankings in prose: '1st', '22nd', '113th', and '2nd highest rate of 8'. */

/** The English ordinal of a positive whole number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th. */
export function ordinal(n: number): string {
  if (!(Number.isSafeInteger(n) && n >= 1))
    throw new RangeError(`an ordinal needs a whole number ≥ 1, got ${n}`);
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The words for the two ends of a ranking: by rate (1 = highest), or by the measure's good direction. */
export interface RankEnds {
  readonly top: string;
  readonly bottom: string;
}

export const RATE_ENDS: RankEnds = { top: 'highest rate', bottom: 'lowest rate' };
export const BEST_ENDS: RankEnds = { top: 'best', bottom: 'worst' };

/**
 * A rank that says its direction, counted from the nearer end so that nobody has to know which end
 * 1 is: '2nd highest rate of 6', 'highest rate of 6', '2nd lowest rate of 6', 'joint lowest rate of 6'.
 * `rank` counts from the top (1 = highest), `fromBottom` from the bottom (1 = lowest), both competition
 * ranks; a rank in the middle counts from the top. A ranking of one is '1st of 1'.
 */
export function rankText(
  rank: number,
  fromBottom: number,
  of: number,
  tied = false,
  ends: RankEnds = RATE_ENDS,
): string {
  if (of === 1) return `${ordinal(rank)} of 1`;
  const top = rank <= fromBottom;
  const place = top ? rank : fromBottom;
  return `${tied ? 'joint ' : ''}${place === 1 ? '' : `${ordinal(place)} `}${top ? ends.top : ends.bottom} of ${of}`;
}
