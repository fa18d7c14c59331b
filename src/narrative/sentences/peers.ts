/**
 * A peer left out of a ranking, said in plain words wherever the ranking is shown (statement, Panel
 * report, site, CLI): "Leicestershire Police is left out of the ranking: no data for October 2025."
 * A reader otherwise takes "3rd of 5" for the whole Most Similar Group.
 */
import type { PeerLeftOutJson } from '../../measures/figureTypes.js';
import { addMonths, monthName } from '../../stats/calendar.js';

/** 'October 2025', 'October to December 2025', 'October 2025 and December 2025'. */
export function monthsInWords(months: readonly string[]): string {
  const sorted = [...months].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return '';
  if (first === last) return monthName(first);
  const contiguous = sorted.every((m, i) => i === 0 || addMonths(sorted[i - 1]!, 1) === m);
  if (!contiguous) return `${sorted.slice(0, -1).map(monthName).join(', ')} and ${monthName(last)}`;
  const [firstName, firstYear] = monthName(first).split(' ');
  return first.slice(0, 4) === last.slice(0, 4)
    ? `${firstName} to ${monthName(last)}`
    : `${firstName} ${firstYear} to ${monthName(last)}`;
}

export function leftOutSentences(leftOut: readonly PeerLeftOutJson[] | undefined): string[] {
  return (leftOut ?? []).map(
    (peer) =>
      `${peer.name} is left out of the ranking: no data for ${monthsInWords(peer.months) || 'the period'}.`,
  );
}
