/**
 * The SPC rules in the words a board member reads, from the signals the measures layer recorded
 * (figures.spc.signals): which rule fired, which way, over which months, and what it means for
 * the measure. Making Data Count's four rules; the run lengths are the ones the SPC used.
 */
import { monthLong } from '../../document/format.js';
import type { SpcSignalJson, SpcSummaryJson } from '../../measures/result.js';

export type SignalJson = Pick<SpcSignalJson, 'rule' | 'direction' | 'meaning' | 'first' | 'last'>;

export type RunLengths = Pick<SpcSummaryJson['options'], 'shiftLength' | 'trendLength'>;

/** 'a point above the upper process limit', '7 months in a row below the mean'. */
export function ruleWords(signal: Pick<SignalJson, 'rule' | 'direction'>, lengths: RunLengths): string {
  const up = signal.direction === 'up';
  switch (signal.rule) {
    case 'outside_limits':
      return up ? 'above the upper process limit' : 'below the lower process limit';
    case 'trend':
      return `${lengths.trendLength} or more months in a row ${up ? 'rising' : 'falling'}`;
    case 'two_in_three':
      return `two of three months close to the ${up ? 'upper' : 'lower'} process limit`;
    case 'shift':
      return `${lengths.shiftLength} or more months in a row ${up ? 'above' : 'below'} the mean`;
  }
}

const MEANING_WORDS = {
  improvement: 'improvement',
  concern: 'concern',
  neutral: 'neither improvement nor concern',
};

/** 'March 2024' or 'February 2024 to March 2024'. */
export function monthSpan(first: string, last: string): string {
  return first === last ? monthLong(first) : `${monthLong(first)} to ${monthLong(last)}`;
}

/** 'February 2024 to March 2024: above the upper process limit (concern).' */
export function signalSentence(signal: SignalJson, lengths: RunLengths): string {
  return `${monthSpan(signal.first, signal.last)}: ${ruleWords(signal, lengths)} (${MEANING_WORDS[signal.meaning]}).`;
}
