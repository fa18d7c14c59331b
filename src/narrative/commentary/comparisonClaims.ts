/**
 * Claims that compare a figure with something else, or count a part of a measure: "below the
 * 3-year average of 95", "in line with the forecast", "ranked 3rd of 8", "0.40 per 1,000
 * population", "5 x major" (OCG disruptions by level), "120 children safeguarded". Each keeps the
 * words it came from so a finding can quote them.
 */
import { readNumber } from './claims.js';

export type Verdict = 'above' | 'below' | 'in_line';

export type ComparisonClaim =
  /** "below the 3-year average of 95": the direction, and the average when a number is given. */
  | {
      readonly kind: 'average_verdict';
      readonly verdict: Verdict;
      readonly value?: number;
      readonly decimals: number;
      readonly words: string;
    }
  /** "in line with the forecast", "above both the 3-year average and forecast". */
  | { readonly kind: 'forecast_verdict'; readonly verdict: Verdict; readonly words: string }
  /** "ranked 3rd of 8", "3rd of 8 forces". */
  | { readonly kind: 'peer_rank'; readonly rank: number; readonly of: number; readonly words: string }
  /** "0.40 per 1,000 population". */
  | {
      readonly kind: 'rate_per_1000';
      readonly value: number;
      readonly decimals: number;
      readonly words: string;
    }
  /** "5 x major" (a part of a measure, counted: `measureId` is the part's measure). */
  | {
      readonly kind: 'part_count';
      readonly measureId: string;
      readonly value: number;
      readonly words: string;
    };

const VERDICT = '(above|below|in line with)';
const AVERAGE = '(?:3|three)[- ]year average';
const BOTH = new RegExp(String.raw`\b${VERDICT}\s+both\s+the\s+${AVERAGE}\s+and\s+(?:the\s+)?forecast`, 'gi');
const AVERAGE_CLAIM = new RegExp(
  String.raw`\b${VERDICT}\s+the\s+${AVERAGE}(?:\s*(?:of|\(|at)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?`,
  'gi',
);
const FORECAST_CLAIM = new RegExp(String.raw`\b${VERDICT}\s+(?:the\s+)?forecast`, 'gi');
const RANK = /\b(?:ranked\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:of|out of)\s+(\d{1,2})\b/gi;
const PER_1000 =
  /\b(\d+(?:\.\d+)?)\s+(?:[a-z]+\s+){0,2}per\s+1,?000\s+(?:population|people|residents|of the population)/gi;
const LEVEL = /\b(\d+)\s*x\s*(major|moderate|minor)\b/gi;
const SAFEGUARDED = /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(adults|children)\s+(?:were\s+|have been\s+)?safeguarded/gi;

export function comparisonClaimsOf(sentence: string): ComparisonClaim[] {
  const claims: ComparisonClaim[] = [];
  let rest = sentence;
  for (const m of sentence.matchAll(BOTH)) {
    const verdict = verdictOf(m[1]!);
    claims.push({ kind: 'average_verdict', verdict, decimals: 0, words: m[0] });
    claims.push({ kind: 'forecast_verdict', verdict, words: m[0] });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(AVERAGE_CLAIM)) {
    const value = m[2] === undefined ? undefined : readNumber(m[2]);
    claims.push({
      kind: 'average_verdict',
      verdict: verdictOf(m[1]!),
      ...(value === undefined ? {} : { value }),
      decimals: m[2]?.includes('.') ? (m[2].split('.')[1]?.length ?? 0) : 0,
      words: m[0],
    });
  }
  for (const m of rest.matchAll(FORECAST_CLAIM))
    claims.push({ kind: 'forecast_verdict', verdict: verdictOf(m[1]!), words: m[0] });
  for (const m of sentence.matchAll(RANK))
    claims.push({ kind: 'peer_rank', rank: Number(m[1]), of: Number(m[2]), words: m[0] });
  for (const m of sentence.matchAll(PER_1000)) {
    const digits = m[1]!;
    claims.push({
      kind: 'rate_per_1000',
      value: Number(digits),
      decimals: digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0,
      words: m[0],
    });
  }
  for (const m of sentence.matchAll(LEVEL))
    claims.push({
      kind: 'part_count',
      measureId: `ocg_disruptions_${m[2]!.toLowerCase()}`,
      value: Number(m[1]),
      words: m[0],
    });
  for (const m of sentence.matchAll(SAFEGUARDED))
    claims.push({
      kind: 'part_count',
      measureId: `${m[2]!.toLowerCase()}_safeguarded`,
      value: readNumber(m[1]!) ?? Number.NaN,
      words: m[0],
    });
  return claims;
}

function verdictOf(words: string): Verdict {
  const lower = words.toLowerCase();
  return lower === 'above' ? 'above' : lower === 'below' ? 'below' : 'in_line';
}

/** "above", "below", "in line with": the words a verdict is written with. */
export function verdictWords(verdict: Verdict): string {
  return verdict === 'in_line' ? 'in line with' : verdict;
}
