/**
 * What a sentence of commentary claims, read with patterns that follow the house style of the
 * reference report ("In 2023/24, volumes (n=4,855) increased by +3% on the previous year.").
 * A claim keeps the exact words it came from, so a mismatch can quote the text.
 */

import type { Period } from '../../stats/calendar/period.js';
import { readPeriodLabel } from '../../stats/calendar.js';

export type Comparison = 'previous_period' | 'same_period_year_earlier';

export type Claim =
  /** "(n=4,855)", "volumes (4,855)", "there were five homicides", "there were 16 firearms offences". */
  | { readonly kind: 'count'; readonly value: number; readonly words: string }
  /** "increased by +3% on the previous year"; `percent` is signed by the verb when unsigned. */
  | {
      readonly kind: 'percent_change';
      readonly percent: number;
      /** Decimal places written: the claim holds if the data round to it at that precision. */
      readonly decimals: number;
      readonly comparison: Comparison;
      readonly words: string;
    }
  /** "(n=+11)" right after a percentage change. */
  | {
      readonly kind: 'count_change';
      readonly value: number;
      readonly comparison: Comparison;
      readonly words: string;
    }
  /** "an increase on the four recorded in the previous year". */
  | {
      readonly kind: 'previous_count';
      readonly value: number;
      readonly comparison: Comparison;
      readonly words: string;
    }
  /** "the 3-month rolling average 'action taken' outcome rate was at 21.4%". */
  | {
      readonly kind: 'rate';
      readonly percent: number;
      readonly decimals: number;
      readonly rolling: boolean;
      readonly words: string;
    }
  /** "Domestic Abuse: 75% < Target 80%". */
  | {
      readonly kind: 'versus_target';
      readonly name: string;
      readonly percent: number;
      readonly decimals: number;
      readonly relation: '<' | '>' | '=';
      readonly target: number;
      readonly words: string;
    };

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  no: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const SIGNED_PERCENT = String.raw`([+\-−]?)\s?(\d+(?:\.\d+)?)\s?%`;

/** A number written in digits (with thousands separators) or as a word from 'no' to 'twenty'. */
export function readNumber(text: string): number | undefined {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  const digits = text.replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : undefined;
}

/**
 * The period a sentence is about: the first "In 2023/24,", "in March 2024," or "In Q4 2023/24," in it
 * (the comma marks it as the sentence's frame, not a passing mention).
 */
export function openingPeriod(sentence: string): Period | undefined {
  const match = /\b[Ii]n\s+((?:Q[1-4]\s+)?\d{4}\/\d{2}|[A-Z][a-z]+\s+\d{4}),/.exec(sentence);
  if (!match?.[1]) return undefined;
  const read = readPeriodLabel(match[1]);
  return read.ok ? read.period : undefined;
}

export function claimsOf(sentence: string): Claim[] {
  const claims: Claim[] = [];
  const lower = sentence.toLowerCase();

  for (const m of sentence.matchAll(/\(n=([\d,]+)\)/g)) claims.push(count(m[1]!, m[0]));
  // The style without 'n=' writes "volumes (4,855)".
  for (const m of sentence.matchAll(/\bvolumes \((\d[\d,]*)\)/gi)) claims.push(count(m[1]!, `(${m[1]})`));
  for (const m of sentence.matchAll(
    new RegExp(
      String.raw`there (?:were|was) ${NUMBER} (?!x\b)([a-z' ]*?)(?:recorded|offences|disruptions|homicides)`,
      'gi',
    ),
  )) {
    claims.push(count(m[1]!, m[0]));
  }

  const change = new RegExp(
    String.raw`(increased|decreased|reduced|rose|fell|went up|went down)(?: by)?\s+${SIGNED_PERCENT}(\s*\(n=([+\-−]?[\d,]+)\))?([^.;]*)`,
    'gi',
  );
  for (const m of sentence.matchAll(change)) {
    const [, verb = '', sign = '', digits = '', , countText, rest = ''] = m;
    const comparison = comparisonOf(rest);
    const falling = /decreased|reduced|fell|down/i.test(verb);
    const magnitude = Number(digits);
    const percent = sign === '' ? (falling ? -magnitude : magnitude) : sign === '+' ? magnitude : -magnitude;
    claims.push({
      kind: 'percent_change',
      percent,
      decimals: decimalsOf(digits),
      comparison,
      words: m[0].trim(),
    });
    if (countText) {
      const value = Number(countText.replace(/[,+]/g, '').replace('−', '-'));
      claims.push({ kind: 'count_change', value, comparison, words: `(n=${countText})` });
    }
  }

  const previous = new RegExp(
    `(?:increase|decrease|reduction|rise|fall) on the ${NUMBER} recorded in the (previous|same)`,
    'i',
  ).exec(sentence);
  if (previous) {
    const value = readNumber(previous[1]!);
    if (value !== undefined) {
      claims.push({ kind: 'previous_count', value, comparison: 'previous_period', words: previous[0] });
    }
  }

  const rate = /outcome rate (?:was|is|stood|remained)(?: at)? (\d+(?:\.\d+)?)%/i.exec(sentence);
  if (rate) {
    claims.push({
      kind: 'rate',
      percent: Number(rate[1]),
      decimals: decimalsOf(rate[1]!),
      // Only the words before the rate say which rate it is: "... at 2.9%, an improvement on the
      // 3-month rolling average of 1.9%" is an in-month rate.
      rolling: lower.slice(0, rate.index).includes('rolling'),
      words: rate[0],
    });
  }

  const target = /^([A-Z][A-Za-z ]+?):\s*(\d+(?:\.\d+)?)%\s*([<>=])\s*Target\s+(\d+(?:\.\d+)?)%/.exec(
    sentence,
  );
  if (target) {
    claims.push({
      kind: 'versus_target',
      name: target[1]!.trim(),
      percent: Number(target[2]),
      decimals: decimalsOf(target[2]!),
      relation: target[3] as '<' | '>' | '=',
      target: Number(target[4]),
      words: target[0],
    });
  }
  return claims;
}

function count(text: string, words: string): Claim {
  return { kind: 'count', value: readNumber(text) ?? Number.NaN, words: words.trim() };
}

function comparisonOf(rest: string): Comparison {
  return /same (?:month|quarter|period) (?:last|a|the previous) year|year earlier/i.test(rest)
    ? 'same_period_year_earlier'
    : 'previous_period';
}

function decimalsOf(digits: string): number {
  return digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
}
