/**
 * The one rounding and number-writing rule of the project. Every figure a person reads (the
 * statement, the Panel report, the board pack, the website) is written by these functions, so the
 * same number is never written two ways.
 *
 * Rounding is half away from zero (2.25 → 2.3, -2.25 → -2.3, 12.5 → 13), applied to the number's
 * shortest decimal form, so 1.005 rounds to 1.01 as a reader would expect (binary floating point
 * would otherwise store it as 1.00499… and round it down).
 *
 * Percentage changes, in the workspace's style (numberStyle.ts; default the office's house style):
 * - below 10 in magnitude: whole numbers in the house style ('+5%', '-6%', '+1%'), one decimal place
 *   in the 'one_decimal' style, a trailing '.0' dropped ('+2.5%', '+3%');
 * - 10 or more: a whole number ('-13%'); the threshold is applied before rounding, so 9.96 is '+10%';
 * - the sign is always written, '+' or '-' (hyphen-minus, as the report does; pass `minus: '−'`
 *   for typography); exactly 0 is 'no change'; a change that rounds to 0 keeps its sign ('+0%'),
 *   because it is not no change.
 *
 * Rates are levels, not changes, and carry no sign:
 * - outcome rates ('action taken') to one decimal place, '.0' kept so a column lines up: '21.4%', '7.0%';
 * - satisfaction rates to a whole number: '75%' (the survey's own precision).
 *
 * Counts: digits with thousands separators ('4,855'). In running prose the house style writes one
 * to nine as words ('five homicides') and 10 and above as digits; zero is 'no' ('no homicides').
 */

import { DEFAULT_STYLE, type NumberStyle } from './numberStyle.js';

/** `value` rounded to `decimals` places, half away from zero. */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be a whole number from 0 to 10, got ${decimals}`);
  }
  const rounded = Math.floor(shiftDecimal(Math.abs(value), decimals) + 0.5) / 10 ** decimals;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

export interface ChangeFormatOptions {
  /** The minus sign; default '-' as in the reference report. */
  readonly minus?: string;
  /** Decimals of a change under 10%: default the house style's 0 ('+5%'); 1 writes '+5.2%'. */
  readonly decimalsBelow10?: 0 | 1;
  /** Between groups of three digits of a count; default ','. */
  readonly separator?: ',' | '';
}

/** The options that write changes in a workspace's style. */
export function styleOptions(style: NumberStyle): ChangeFormatOptions {
  return { decimalsBelow10: style.percentDecimalsBelow10, separator: style.thousandsSeparator };
}

/** A percentage change (in percent: 2.5 means +2.5%) in the style's rounding (default: house). */
export function formatPercentChange(percent: number, options: ChangeFormatOptions = {}): string {
  if (!Number.isFinite(percent)) throw new RangeError(`not a percentage: ${percent}`);
  if (percent === 0) return 'no change';
  const magnitude = Math.abs(percent);
  const decimals = magnitude < 10 ? (options.decimalsBelow10 ?? DEFAULT_STYLE.percentDecimalsBelow10) : 0;
  const digits = dropTrailingPointZero(roundHalfAwayFromZero(magnitude, decimals).toFixed(decimals));
  return `${percent > 0 ? '+' : (options.minus ?? '-')}${digits}%`;
}

/** The number a formatPercentChange text stands for ('no change' is 0). Throws on anything else. */
export function parsePercentChange(text: string): number {
  if (text === 'no change') return 0;
  const match = /^([+\-−])(\d+(?:\.\d+)?)%$/.exec(text);
  if (!match) throw new RangeError(`not a percentage change: ${JSON.stringify(text)}`);
  const magnitude = Number(match[2]);
  return match[1] === '+' ? magnitude : -magnitude;
}

/** A change in a rate, in percentage points, one decimal place: '+3.0 percentage points'. */
export function formatPercentagePointChange(points: number, options: ChangeFormatOptions = {}): string {
  if (!Number.isFinite(points)) throw new RangeError(`not a number of points: ${points}`);
  if (points === 0) return 'no change';
  const digits = roundHalfAwayFromZero(Math.abs(points), 1).toFixed(1);
  return `${points > 0 ? '+' : (options.minus ?? '-')}${digits} percentage points`;
}

/** An outcome rate from a proportion (0.214 → '21.4%'), one decimal place, '.0' kept. */
export function formatOutcomeRate(proportion: number): string {
  return formatProportion(proportion, 1);
}

/** A satisfaction rate from a proportion (0.75 → '75%'), a whole number. */
export function formatSatisfactionRate(proportion: number): string {
  return formatProportion(proportion, 0);
}

/** A proportion (0 to 1, or beyond) as a percentage with `decimals` places, no sign for positives. */
export function formatProportion(proportion: number, decimals: number): string {
  if (!Number.isFinite(proportion)) throw new RangeError(`not a proportion: ${proportion}`);
  // Shift by text so 0.0745 becomes exactly 7.45 (and so 7.5%), not 7.449999….
  const percent = roundHalfAwayFromZero(shiftDecimal(proportion, 2), decimals);
  return `${withThousands(percent.toFixed(decimals))}%`;
}

/** A count with thousands separators: 4855 → '4,855' ('4855' with separator ''). Rounded half away from zero. */
export function formatCount(count: number, separator: ',' | '' = ','): string {
  return withThousands(roundHalfAwayFromZero(count, 0).toFixed(0), separator);
}

/** An average or other measured level, one decimal place with separators: 352.333 → '352.3'. */
export function formatAverage(value: number): string {
  return withThousands(roundHalfAwayFromZero(value, 1).toFixed(1));
}

/** A difference between counts, signed: +11 → '+11', -3 → '-3', 0 → '0'. */
export function formatCountChange(difference: number, options: ChangeFormatOptions = {}): string {
  const rounded = roundHalfAwayFromZero(difference, 0);
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : (options.minus ?? '-')}${withThousands(Math.abs(rounded).toFixed(0), options.separator)}`;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/**
 * A count for running prose: 0 → 'no' (or `zero`), 1 to 9 → words, 10 and above → digits with
 * separators ('five homicides', 'no homicides', '1,107 offences'). Capitalising at the start of a
 * sentence is the caller's business. Throws on a negative or fractional count.
 */
export function countInProse(count: number, zero = 'no'): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count: ${count}`);
  if (count === 0) return zero;
  return count <= 9 ? NUMBER_WORDS[count - 1]! : formatCount(count);
}

/**
 * `value` × 10^places, done on the number's shortest decimal text ('1.005e2' is exactly 100.5)
 * rather than by a binary multiplication (1.005 × 100 is 100.49999999999999).
 */
function shiftDecimal(value: number, places: number): number {
  const shortest = String(value);
  return shortest.includes('e') ? value * 10 ** places : Number(`${shortest}e${places}`);
}

function dropTrailingPointZero(digits: string): string {
  return digits.endsWith('.0') ? digits.slice(0, -2) : digits;
}

/** '-1234567.5' → '-1,234,567.5': commas every three digits of the whole part. */
function withThousands(digits: string, separator: ',' | '' = ','): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
