/**
 * House-style sentences about rates:
 *   "In March 2024, the 3-month rolling average 'action taken' outcome rate was at 21.4%."
 *   "Domestic Abuse: 75% < Target 80%"
 * Outcome rates carry one decimal place and satisfaction whole percentages (src/stats/rounding.ts).
 */
import { formatOutcomeRate, formatSatisfactionRate } from '../../stats/rounding.js';

export interface OutcomeRateFacts {
  readonly monthLabel: string;
  /** Proportion 0..1. */
  readonly rate: number;
  /** Months in the rolling average; 1 means the in-month rate. */
  readonly rollingMonths: number;
  /** The previous value to compare with, e.g. the rate reported for the previous quarter. */
  readonly previous?: { readonly rate: number; readonly label: string };
}

export function outcomeRateSentence(facts: OutcomeRateFacts): string {
  const which =
    facts.rollingMonths > 1
      ? `the ${facts.rollingMonths}-month rolling average 'action taken' outcome rate`
      : "the 'action taken' outcome rate";
  let sentence = `In ${facts.monthLabel}, ${which} was at ${formatOutcomeRate(facts.rate)}`;
  if (facts.previous) {
    const now = formatOutcomeRate(facts.rate);
    const then = formatOutcomeRate(facts.previous.rate);
    const word = now === then ? 'the same as' : facts.rate > facts.previous.rate ? 'up from' : 'down from';
    sentence += `, ${word} ${then} in ${facts.previous.label}`;
  }
  return `${sentence}.`;
}

/** "Domestic Abuse: 75% < Target 80%", comparing the rounded figures a reader sees. */
export function targetLine(name: string, rate: number, targetPercent: number): string {
  const shown = formatSatisfactionRate(rate);
  const shownNumber = Number(shown.replace('%', ''));
  const relation = shownNumber < targetPercent ? '<' : shownNumber > targetPercent ? '>' : '=';
  return `${name}: ${shown} ${relation} Target ${formatTarget(targetPercent)}`;
}

function formatTarget(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}
