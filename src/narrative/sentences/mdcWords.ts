/**
 * NHS England's Making Data Count icons in words: what each variation icon (is there a real
 * change, and is it good or bad?) and each assurance icon (will the process meet its target?)
 * means, short for a table cell and long for a key or a chart's description. The drawings, with
 * their colours and letters, are src/report/charts/mdcIcons.ts; these are the only words for them.
 */

export type VariationIcon =
  | 'common-cause'
  | 'improvement-high'
  | 'improvement-low'
  | 'concern-high'
  | 'concern-low'
  | 'neither-high'
  | 'neither-low';

export type AssuranceIcon = 'pass' | 'fail' | 'hit-and-miss';

export interface IconWords {
  readonly short: string;
  readonly long: string;
}

export const VARIATION_WORDS: Readonly<Record<VariationIcon, IconWords>> = {
  'common-cause': { short: 'Common cause', long: 'Common cause variation: no significant change' },
  'improvement-high': {
    short: 'Improvement (higher)',
    long: 'Special cause variation: improvement, values higher than expected',
  },
  'improvement-low': {
    short: 'Improvement (lower)',
    long: 'Special cause variation: improvement, values lower than expected',
  },
  'concern-high': {
    short: 'Concern (higher)',
    long: 'Special cause variation: concern, values higher than expected',
  },
  'concern-low': {
    short: 'Concern (lower)',
    long: 'Special cause variation: concern, values lower than expected',
  },
  'neither-high': {
    short: 'Special cause (higher)',
    long: 'Special cause variation, higher values, neither improvement nor concern',
  },
  'neither-low': {
    short: 'Special cause (lower)',
    long: 'Special cause variation, lower values, neither improvement nor concern',
  },
};

export const ASSURANCE_WORDS: Readonly<Record<AssuranceIcon, IconWords>> = {
  pass: { short: 'Consistently passing', long: 'Assurance: the process will consistently pass the target' },
  fail: { short: 'Consistently failing', long: 'Assurance: the process will consistently fail the target' },
  'hit-and-miss': {
    short: 'Hit and miss',
    long: 'Assurance: the target lies within the process limits, so it will sometimes be met and sometimes not',
  },
};
