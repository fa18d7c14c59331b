/**
 * Checks an SPC call before any arithmetic, so that a bad series or setting is reported with where
 * it is and what was expected, never turned into NaN limits or a silently wrong chart.
 */
import { messages } from '../../errors/messages.js';
import { type Problem, ScrutinyError } from '../../errors/problem.js';
import type { ImprovementDirection, ResolvedSpcOptions, SpcInputPoint, SpcOptions } from './types.js';

const DATE_FORMS = [/^\d{4}-(0[1-9]|1[0-2])$/, /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/];
const DIRECTIONS: readonly ImprovementDirection[] = ['increase', 'decrease', 'neutral'];

export const DEFAULT_SPC_OPTIONS = {
  improvementDirection: 'increase',
  screenOutliers: true,
  fixAfterNPoints: 12,
  shiftLength: 7,
  trendLength: 7,
  label: 'series',
} as const;

/** The package refuses a baseline of fewer than 12 points; so do we. */
export const MIN_BASELINE_POINTS = 12;
/** Shift and trend lengths below 3 would flag ordinary noise; the workspace config allows 6 to 9. */
export const MIN_RUN_LENGTH = 3;

function dateForm(date: string): number {
  return DATE_FORMS.findIndex((pattern) => pattern.test(date));
}

export function resolveSpcOptions(options: SpcOptions): ResolvedSpcOptions {
  const label = options.label ?? DEFAULT_SPC_OPTIONS.label;
  const problems: Problem[] = [];
  const bad = (name: string, expected: string, found: unknown) =>
    problems.push(messages.stats.spcOptionInvalid(`${label}.options.${name}`, expected, found));

  const direction = options.improvementDirection ?? DEFAULT_SPC_OPTIONS.improvementDirection;
  if (!DIRECTIONS.includes(direction)) bad('improvementDirection', DIRECTIONS.join(', '), direction);
  const fix =
    options.fixAfterNPoints === undefined ? DEFAULT_SPC_OPTIONS.fixAfterNPoints : options.fixAfterNPoints;
  if (fix !== null && !(Number.isInteger(fix) && fix >= MIN_BASELINE_POINTS)) {
    bad('fixAfterNPoints', `a whole number of ${MIN_BASELINE_POINTS} or more, or null for every point`, fix);
  }
  const shiftLength = options.shiftLength ?? DEFAULT_SPC_OPTIONS.shiftLength;
  const trendLength = options.trendLength ?? DEFAULT_SPC_OPTIONS.trendLength;
  for (const [name, value] of [
    ['shiftLength', shiftLength],
    ['trendLength', trendLength],
  ] as const) {
    if (!(Number.isInteger(value) && value >= MIN_RUN_LENGTH)) {
      bad(name, `a whole number of ${MIN_RUN_LENGTH} or more (7 in Making Data Count)`, value);
    }
  }
  const target = options.target ?? null;
  if (target !== null && !Number.isFinite(target)) bad('target', 'a finite number, or null', target);
  if (problems.length > 0) throw new ScrutinyError(problems);
  return {
    improvementDirection: direction,
    screenOutliers: options.screenOutliers ?? DEFAULT_SPC_OPTIONS.screenOutliers,
    fixAfterNPoints: fix,
    rebase: [...(options.rebase ?? [])],
    target,
    shiftLength,
    trendLength,
    label,
  };
}

/**
 * Every date readable and in one form, no date twice, every value finite, every rebase date one of
 * the series' dates. Returns the points sorted by date (string order is date order in these forms).
 */
export function validateSeries(
  points: readonly SpcInputPoint[],
  options: ResolvedSpcOptions,
): SpcInputPoint[] {
  const { label } = options;
  const problems: Problem[] = [];
  const firstDate = points[0]?.date ?? '';
  const form = dateForm(firstDate);
  const seen = new Set<string>();
  points.forEach((p, i) => {
    const field = `${label}.points[${i}]`;
    const thisForm = dateForm(p.date);
    if (thisForm < 0) problems.push(messages.stats.spcDateInvalid(`${field}.date`, p.date));
    else if (thisForm !== form)
      problems.push(messages.stats.spcDateFormsMixed(`${field}.date`, p.date, firstDate));
    else if (seen.has(p.date)) problems.push(messages.stats.spcDuplicateDate(`${field}.date`, p.date));
    seen.add(p.date);
    if (!Number.isFinite(p.value))
      problems.push(messages.stats.spcValueNotFinite(`${field}.value`, p.date, p.value));
  });
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  options.rebase.forEach((date, i) => {
    const field = `${label}.options.rebase[${i}]`;
    if (dateForm(date) < 0) problems.push(messages.stats.spcDateInvalid(field, date));
    else if (dateForm(date) !== form && points.length > 0) {
      problems.push(messages.stats.spcDateFormsMixed(field, date, firstDate));
    } else if (!seen.has(date)) {
      problems.push(
        messages.stats.spcRebaseDateNotInSeries(
          field,
          date,
          sorted[0]?.date ?? '-',
          sorted.at(-1)?.date ?? '-',
        ),
      );
    }
  });
  if (problems.length > 0) throw new ScrutinyError(problems);
  return sorted;
}
