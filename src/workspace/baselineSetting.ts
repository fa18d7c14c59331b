/**
 * The NCPM baseline setting: the 12 months every count measure's latest 12 months are compared with.
 * The Home Office's NCPM progress figures use the year ending June 2019 (the default); offices also
 * use calendar 2019 or the year ending March 2020 (Lancashire's "2019 pre-pandemic baseline").
 * Written as a named year, a window of months `YYYY-MM..YYYY-MM`, or `{ from, to }`; anything that
 * is not exactly 12 months is refused (a figure from part of a year is never compared).
 */
import { z } from 'zod';

export interface BaselineWindow {
  /** First month, 'YYYY-MM'. */
  readonly from: string;
  /** Last month, 'YYYY-MM'. */
  readonly to: string;
}

export const DEFAULT_BASELINE: BaselineWindow = { from: '2018-07', to: '2019-06' };

/** The named baselines the setting accepts, besides a window of months. */
export const NAMED_BASELINES: Readonly<Record<string, BaselineWindow>> = {
  'year-ending-june-2019': DEFAULT_BASELINE,
  'calendar-2019': { from: '2019-01', to: '2019-12' },
  'year-ending-march-2020': { from: '2019-04', to: '2020-03' },
  'year-ending-march-2019': { from: '2018-04', to: '2019-03' },
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const BASELINE_EXPECTED =
  'a 12-month window written YYYY-MM..YYYY-MM (e.g. 2018-07..2019-06), or one of year-ending-june-2019, calendar-2019, year-ending-march-2020, year-ending-march-2019';

function monthIndex(month: string): number | undefined {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}

/** The window a setting names, or undefined when it names none. */
export function readBaseline(value: string | BaselineWindow): BaselineWindow | undefined {
  if (typeof value !== 'string') return { from: value.from, to: value.to };
  const text = value.trim().toLowerCase();
  const named = NAMED_BASELINES[text];
  if (named) return named;
  const [from, to, ...rest] = text.split('..').map((part) => part.trim());
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  return { from, to };
}

/** Months in the window, or undefined when either end is not a month. */
export function baselineMonths(window: BaselineWindow): number | undefined {
  const first = monthIndex(window.from);
  const last = monthIndex(window.to);
  return first === undefined || last === undefined ? undefined : last - first + 1;
}

export const baselineSchema = z
  .union(
    [
      z.string(),
      z
        .object({
          from: z.string().describe('First month, YYYY-MM'),
          to: z.string().describe('Last month, YYYY-MM'),
        })
        .strict(),
    ],
    { error: BASELINE_EXPECTED },
  )
  .default('year-ending-june-2019')
  .transform((value, ctx): BaselineWindow => {
    const window = readBaseline(value);
    const months = window ? baselineMonths(window) : undefined;
    if (!window || months !== 12) {
      ctx.addIssue({
        code: 'custom',
        message:
          months === undefined ? BASELINE_EXPECTED : `${BASELINE_EXPECTED}; this window is ${months} months`,
      });
      return z.NEVER;
    }
    return window;
  })
  .describe(
    'The NCPM baseline 12 months: default the year ending June 2019 (the Home Office NCPM progress figures)',
  );
