/**
 * NHS England's Making Data Count icons, drawn as SVG: the variation icon (is there a real change,
 * and is it good or bad?) and the assurance icon (will the process meet its target?). The meanings
 * are NHS England's, so analysts who know them read them at once; each icon carries its letter
 * (H, L, P, F, ?) and, where drawn with a label, the meaning in words, so no reader depends on
 * colour (WCAG 1.4.1). Colours are darkened from NHS England's so they print.
 */
import {
  ASSURANCE_WORDS,
  type AssuranceIcon,
  VARIATION_WORDS,
  type VariationIcon,
} from '../../narrative/sentences/mdcWords.js';
import { escapeXml } from './svgTools.js';
import { FONT_FAMILY, INK } from './theme.js';

export type { AssuranceIcon, VariationIcon } from '../../narrative/sentences/mdcWords.js';

interface IconMeaning {
  readonly short: string;
  readonly long: string;
  readonly colour: string;
  readonly letter: string;
}

/** Each icon's words (src/narrative/sentences/mdcWords.ts) with its colour and its letter. */
export const VARIATION_MEANINGS: Readonly<Record<VariationIcon, IconMeaning>> = {
  'common-cause': { ...VARIATION_WORDS['common-cause'], colour: INK.commonCause, letter: '' },
  'improvement-high': { ...VARIATION_WORDS['improvement-high'], colour: INK.improvement, letter: 'H' },
  'improvement-low': { ...VARIATION_WORDS['improvement-low'], colour: INK.improvement, letter: 'L' },
  'concern-high': { ...VARIATION_WORDS['concern-high'], colour: INK.concern, letter: 'H' },
  'concern-low': { ...VARIATION_WORDS['concern-low'], colour: INK.concern, letter: 'L' },
  'neither-high': { ...VARIATION_WORDS['neither-high'], colour: INK.neither, letter: 'H' },
  'neither-low': { ...VARIATION_WORDS['neither-low'], colour: INK.neither, letter: 'L' },
};

export const ASSURANCE_MEANINGS: Readonly<Record<AssuranceIcon, IconMeaning>> = {
  pass: { ...ASSURANCE_WORDS.pass, colour: INK.improvement, letter: 'P' },
  fail: { ...ASSURANCE_WORDS.fail, colour: INK.concern, letter: 'F' },
  'hit-and-miss': { ...ASSURANCE_WORDS['hit-and-miss'], colour: INK.commonCause, letter: '?' },
};

/** Heights (0 = centre line) of the seven dots inside a variation icon, per direction of change. */
const DOT_PATTERN: Readonly<Record<'flat' | 'high' | 'low', readonly number[]>> = {
  flat: [0, -3, 2, -1, 3, -2, 1],
  high: [2, 0, 3, 1, -6, -8, -7],
  low: [-2, 0, -3, -1, 6, 8, 7],
};

/** The icon's shapes, 48 by 48 at (x, y); aria-hidden because the caller names it. */
export function variationIconShapes(kind: VariationIcon, x: number, y: number): string {
  const meaning = VARIATION_MEANINGS[kind];
  const pattern = kind === 'common-cause' ? 'flat' : kind.endsWith('high') ? 'high' : 'low';
  const heights = DOT_PATTERN[pattern];
  const centre = pattern === 'low' ? 25 : pattern === 'high' ? 26 : 24;
  const dots = heights
    .map((h, i) => {
      const special = pattern !== 'flat' && i >= 4;
      const fill = special ? meaning.colour : INK.commonCause;
      return `<circle cx="${9 + i * 5}" cy="${centre + h}" r="2.2" fill="${fill}"/>`;
    })
    .join('');
  // The letter sits on the side away from the change, so dots and letter never collide.
  const letterY = pattern === 'low' ? 19 : 41;
  const letter = meaning.letter
    ? `<text x="24" y="${letterY}" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="11" font-weight="bold" fill="${meaning.colour}">${meaning.letter}</text>`
    : '';
  return (
    `<g transform="translate(${x},${y})" aria-hidden="true">` +
    `<circle cx="24" cy="24" r="21.5" fill="white" stroke="${meaning.colour}" stroke-width="3"/>` +
    `${dots}${letter}</g>`
  );
}

export function assuranceIconShapes(kind: AssuranceIcon, x: number, y: number): string {
  const meaning = ASSURANCE_MEANINGS[kind];
  return (
    `<g transform="translate(${x},${y})" aria-hidden="true">` +
    `<circle cx="24" cy="24" r="21.5" fill="white" stroke="${meaning.colour}" stroke-width="3"/>` +
    `<line x1="8" y1="34" x2="40" y2="34" stroke="${INK.target}" stroke-width="1.5" stroke-dasharray="3 2"/>` +
    `<text x="24" y="29" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="20" font-weight="bold" fill="${meaning.colour}">${escapeXml(meaning.letter)}</text>` +
    '</g>'
  );
}

export interface IconOptions {
  /** Draw the short meaning beside the icon (default true); the full meaning is always the title. */
  readonly label?: boolean;
}

const LABEL_WIDTH = 170;

function standalone(
  shapes: string,
  title: string,
  heading: string,
  short: string,
  options: IconOptions,
): string {
  const labelled = options.label ?? true;
  const width = labelled ? 48 + 8 + LABEL_WIDTH : 48;
  const label = labelled
    ? `<text x="56" y="21" font-family="${FONT_FAMILY}" font-size="11" fill="#262626" aria-hidden="true">${escapeXml(heading)}</text>` +
      `<text x="56" y="36" font-family="${FONT_FAMILY}" font-size="11" font-weight="bold" fill="#000000" aria-hidden="true">${escapeXml(short)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="48" viewBox="0 0 ${width} 48" role="img">` +
    `<title>${escapeXml(title)}</title>${shapes}${label}</svg>`
  );
}

/** A standalone accessible SVG of the variation icon, labelled in words unless told otherwise. */
export function variationIconSvg(kind: VariationIcon, options: IconOptions = {}): string {
  const meaning = VARIATION_MEANINGS[kind];
  return standalone(variationIconShapes(kind, 0, 0), meaning.long, 'Variation', meaning.short, options);
}

export function assuranceIconSvg(kind: AssuranceIcon, options: IconOptions = {}): string {
  const meaning = ASSURANCE_MEANINGS[kind];
  return standalone(assuranceIconShapes(kind, 0, 0), meaning.long, 'Assurance', meaning.short, options);
}

/** Width of an icon with its label, for laying icons out in a row. */
export const LABELLED_ICON_WIDTH = 48 + 8 + LABEL_WIDTH;
