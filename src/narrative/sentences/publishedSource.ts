/**
 * The words every output prints beside a figure that came from a published table because the
 * office does not yet receive the force's own data (measures/publishedSource.ts):
 *   "Source: Home Office police recorded crime open data table, released 26 July 2023 (quarters to
 *    Q4 2022/23). This office does not yet receive the force's record-level crime data, so these are
 *    the published quarterly counts."
 * and, where no public source confirms the offence codes, that the definition is to be checked.
 * Plain words only: no offence codes, file or table names of the store.
 */
import type { FedByJson } from '../../measures/figureTypes.js';

/** "Home Office police recorded crime open data table, released 26 July 2023". */
export function publishedSourceLabel(fedBy: FedByJson): string {
  const released = fedBy.released ? `, released ${fedBy.released}` : '';
  return `${fedBy.name}${released}`;
}

/** The source line: what was published, when, and up to which quarter. */
export function publishedSourceSentence(fedBy: FedByJson): string {
  const upTo = fedBy.latestQuarter ? ` (quarters to ${fedBy.latestQuarter})` : '';
  const undated = fedBy.released ? '' : ' The file does not give its release date.';
  return `Source: ${publishedSourceLabel(fedBy)}${upTo}. This office does not yet receive the force's record-level crime data, so these are the published quarterly counts.${undated}`;
}

/** The caution for a definition no public source confirms; undefined when it is confirmed. */
export function unconfirmedDefinitionSentence(fedBy: FedByJson): string | undefined {
  return fedBy.codesConfirmed
    ? undefined
    : 'Which published offence types make up this measure is a working definition that no official source confirms; it is to be checked against the Home Office definition.';
}

/** Both, as one paragraph's text. */
export function publishedSourceWords(fedBy: FedByJson): string {
  return [publishedSourceSentence(fedBy), unconfirmedDefinitionSentence(fedBy)]
    .filter((s): s is string => s !== undefined)
    .join(' ');
}
