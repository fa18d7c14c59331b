/**
 * The workspace's writing style for changes and volumes: how many decimals a small percentage
 * change has, how counts are grouped, whether a volume sentence shows "n=", whether a worded change
 * keeps its sign, and which words say the direction. Two presets: the office's house style (whole
 * percentages, as its statements write '+5%', '-5%', '-6%', '+1%') and Scrutiny's earlier rule (one
 * decimal below 10%: '+5.2%'). Settings in `style:` of scrutiny.config.yaml override a preset's
 * rules one by one. Pure: the rules are data, the writing is in rounding.ts and the sentences.
 */

export type DirectionWords = 'increased_decreased' | 'rose_fell' | 'went_up_went_down';

export interface NumberStyle {
  /** Decimal places of a percentage change under 10 in magnitude: 0 → '+5%', 1 → '+5.2%'. */
  readonly percentDecimalsBelow10: 0 | 1;
  /** Between groups of three digits in counts: ',' → '4,855', '' → '4855'. */
  readonly thousandsSeparator: ',' | '';
  /** A volume sentence shows its count as '(n=4,855)'; false: '(4,855)'. */
  readonly nEquals: boolean;
  /** A change after a verb keeps its sign: 'increased by +3%'; false: 'increased by 3%'. */
  readonly signWithVerb: boolean;
  /** The verbs for a rise and a fall. */
  readonly directionWords: DirectionWords;
}

export type StylePresetName = 'house' | 'one_decimal';

export const STYLE_PRESETS: Readonly<Record<StylePresetName, NumberStyle>> = {
  house: {
    percentDecimalsBelow10: 0,
    thousandsSeparator: ',',
    nEquals: true,
    signWithVerb: true,
    directionWords: 'increased_decreased',
  },
  one_decimal: {
    percentDecimalsBelow10: 1,
    thousandsSeparator: ',',
    nEquals: true,
    signWithVerb: true,
    directionWords: 'increased_decreased',
  },
};

/** The default when a workspace sets nothing: the office's house style. */
export const DEFAULT_STYLE: NumberStyle = STYLE_PRESETS.house;

/** A preset with some of its rules replaced. */
export function resolveStyle(preset: StylePresetName, overrides: Partial<NumberStyle> = {}): NumberStyle {
  const defined = Object.entries(overrides).filter(([, value]) => value !== undefined);
  return { ...STYLE_PRESETS[preset], ...Object.fromEntries(defined) };
}

const VERBS: Readonly<Record<DirectionWords, { readonly up: string; readonly down: string }>> = {
  increased_decreased: { up: 'increased', down: 'decreased' },
  rose_fell: { up: 'rose', down: 'fell' },
  went_up_went_down: { up: 'went up', down: 'went down' },
};

/** The verb for a change of this sign in the style: 'increased', 'fell', 'went up'. */
export function directionVerb(style: NumberStyle, rising: boolean): string {
  const verbs = VERBS[style.directionWords];
  return rising ? verbs.up : verbs.down;
}
