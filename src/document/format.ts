/**
 * How numbers, months and times are written in every output, in one place so that a chart's
 * data table, its alt text and the surrounding prose print a value identically.
 *
 * Rounding rule (the same throughout): round half away from zero to the stated number of
 * decimal places (Intl's default 'halfExpand'); counts are whole numbers with thousands
 * separators ('4,855'); rates are written with one decimal place ('21.4%').
 * Months are 'YYYY-MM' strings; times are shown in Europe/London whatever the machine's zone.
 */

import { MONTH_NAMES } from '../stats/calendar.js';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** [year, month 1-12] of a 'YYYY-MM' string; throws on anything else (callers check first). */
export function monthParts(month: string): [number, number] {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

/** 'March 2024'. */
export function monthLong(month: string): string {
  const [year, m] = monthParts(month);
  return `${MONTH_NAMES[m - 1]} ${year}`;
}

/** 'Mar 2024'. */
export function monthShort(month: string): string {
  const [year, m] = monthParts(month);
  return `${MONTH_NAMES[m - 1]?.slice(0, 3)} ${year}`;
}

/** Milliseconds since the epoch of the month's first day at 00:00 UTC: a zone-free position on a time axis. */
export function monthUtc(month: string): number {
  const [year, m] = monthParts(month);
  return Date.UTC(year, m - 1, 1);
}

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** '4,855'. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** A number with a fixed number of decimals and thousands separators: formatNumber(101.25, 1) is '101.3'. */
export function formatNumber(value: number, decimals: number): string {
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A percentage given in percent (21.4, not 0.214): '21.4%'. */
export function formatPercent(percent: number, decimals = 1): string {
  return `${formatNumber(percent, decimals)}%`;
}

const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO 8601 instant carries its own offset (or 'Z'), so it names one moment unambiguously. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: string): boolean {
  return INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

/** '20 June 2024 at 09:30' in Europe/London time. */
export function formatGeneratedAt(iso: string): string {
  const parts = londonDateTime.formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}`;
}
