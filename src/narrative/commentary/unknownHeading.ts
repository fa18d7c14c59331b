/**
 * A section heading that names no measure of the statement while figures follow it: the figures
 * cannot be checked, so the heading itself is a finding (two wrong burglary figures under
 * '## Burglary' passed unchecked when the measure was 'Burglary (police.uk proxy)').
 */
import { closestNames } from '../../errors/suggest.js';
import type { CommentaryFinding } from './finding.js';
import type { Block } from './markdown.js';
import { type NamedThing, normaliseName } from './names.js';

/**
 * The measure names a heading resembles: sharing a word of four letters or more, or a few edits
 * away. Empty for headings such as 'Overview' or 'Force data', which are not about one measure.
 */
export function measuresLike(text: string, names: readonly NamedThing[]): string[] {
  const measures = [...new Set(names.filter((n) => n.measureId !== undefined).map((n) => n.name))];
  const words = normaliseName(text).trim().split(' ');
  const sharing = measures.filter((name) =>
    words.some((w) => w.length >= 4 && normaliseName(name).includes(` ${w} `)),
  );
  return [...new Set([...sharing, ...closestNames(text, measures)])].slice(0, 3);
}

export function unknownHeading(
  file: string,
  heading: Block,
  names: readonly NamedThing[],
): CommentaryFinding {
  const near = measuresLike(heading.text, names);
  return {
    code: 'commentary.unknown-heading',
    file,
    line: heading.line,
    textSays: `a section headed '${heading.text}'`,
    dataSays:
      near.length > 0
        ? `no measure of this statement is called that, so its figures were not checked (did you mean ${near.map((n) => `'${n}'`).join(' or ')}?)`
        : 'no measure of this statement is called that, so its figures were not checked',
  };
}
