/**
 * Sentences about restated figures, as offices write them: the figure the previous statement
 * printed, the figure now, and why it changed, in plain words:
 *   "Restated: the previous statement (Q2 2025/26) gave 1,204 for Q2 2025/26; with the data now
 *    loaded it is 1,201, because police.uk republished August 2025 in its archive of December 2025
 *    (the previous statement used its archive of September 2025)."
 * Every number goes through src/stats/rounding.ts.
 */
import type { RestatementJson, RestatementReason } from '../../measures/restatements.js';
import { monthName } from '../../stats/calendar.js';
import { formatCount, formatProportion } from '../../stats/rounding.js';
import { longDate } from '../statement/dates.js';

/** A restated figure as printed: a count, or a rate to one decimal place. */
export function restatedValue(kind: RestatementJson['kind'], value: number): string {
  return kind === 'rate' ? formatProportion(value / 100, 1) : formatCount(value);
}

/** 'August 2025', 'July and August 2025'-style lists: 'July 2025 and August 2025'. */
function monthList(months: readonly string[]): string {
  const names = months.map(monthName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function reasonWords(reason: RestatementReason): string {
  switch (reason.kind) {
    case 'archive':
      return `police.uk republished ${monthList(reason.months)}${reason.newArchive ? ` in its archive of ${monthName(reason.newArchive)}` : ''}${reason.previousArchive ? ` (the previous statement used its archive of ${monthName(reason.previousArchive)})` : ''}`;
    case 'release':
      return `a newer Home Office release (${reason.newFile}) replaced the one the previous statement used${reason.previousFile ? ` (${reason.previousFile})` : ''} for ${monthList(reason.months)}`;
    case 'extract':
      return `the force's extract${reason.newDate ? ` of ${longDate(reason.newDate)}` : ''} replaced ${monthList(reason.months)}${reason.previousDate ? ` (the previous statement used its extract of ${longDate(reason.previousDate)})` : ''}`;
    case 'definition':
      return 'the definition of the measure (what it counts) has changed since the previous statement';
    case 'rate_settings':
      return "the workspace's 'action taken' outcome types or rate basis have changed since the previous statement";
    case 'unknown':
      return `the data loaded for ${monthList(reason.months)} changed, with no newer file or changed definition to explain it`;
  }
}

export function reasonsWords(reasons: readonly RestatementReason[]): string {
  const words = reasons.map(reasonWords);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join('; ')}; and ${words.at(-1)}`;
}

/** The months shown in a sentence; the annex lists them all. */
const MONTHS_IN_SENTENCE = 3;

/** One sentence for a measure's section: what the previous statement said, what the data say now, why. */
export function restatementSentence(r: RestatementJson, comparedWith: string): string {
  const value = (v: number) => restatedValue(r.kind, v);
  const why = reasonsWords(r.reasons);
  if (r.previous !== null && r.now !== null && value(r.previous) !== value(r.now))
    return `Restated: the previous statement (${comparedWith}) gave ${value(r.previous)} for ${r.period.label}; with the data now loaded it is ${value(r.now)}, because ${why}.`;
  const shown = r.months
    .slice(0, MONTHS_IN_SENTENCE)
    .map((m) => `${monthName(m.month)}: ${value(m.previous)}, now ${value(m.now)}`);
  const more = r.months.length - shown.length;
  return `Restated: ${r.months.length === 1 ? 'one monthly figure differs' : `${r.months.length} monthly figures differ`} from the previous statement (${comparedWith}) (${shown.join('; ')}${more > 0 ? `; ${more} more in the data and methods annex` : ''}), because ${why}.`;
}

export const NO_RESTATEMENT = (comparedWith: string) =>
  `No figure of the previous statement (${comparedWith}) has changed with the data now loaded: nothing is restated.`;

export const PREVIOUS_UNREADABLE =
  "The previous statement's figures could not be read, so this statement cannot say which of its figures were restated.";
