/**
 * What `scrutiny check` prints: whether the commentary agrees with the data, and the claims it
 * read but could not judge. No file checked is never "agrees with the data".
 */
import type { CommentaryFinding, UncheckedClaim } from '../narrative/commentary/checkCommentary.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkReport(
  label: string,
  folder: string,
  files: number,
  findings: readonly CommentaryFinding[],
  unchecked: readonly UncheckedClaim[],
): string[] {
  if (files === 0) return [`No commentary of ${label} was checked: ${folder} holds no commentary files.`];
  const checked = `${plural(files, 'file')} in ${folder} checked`;
  const n = findings.length;
  const lines = [
    n === 0
      ? `The commentary of ${label} agrees with the data (${checked}${unchecked.length > 0 ? `; ${plural(unchecked.length, 'claim')} not checked` : ''}).`
      : `${plural(n, 'place')} in the commentary of ${label} disagree${n === 1 ? 's' : ''} with the data (${checked}).`,
  ];
  if (unchecked.length > 0) {
    lines.push(`Not checked (${plural(unchecked.length, 'claim')} the checker read but could not judge):`);
    for (const claim of unchecked)
      lines.push(`  ${claim.file}:${claim.line}: "${claim.words}": ${claim.why}`);
  }
  return lines;
}
