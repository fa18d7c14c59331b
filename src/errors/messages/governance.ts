import type { Problem } from '../problem.js';

/** Where a governance problem is: the file, the line and the dotted path of the field. */
export interface GovernanceSite {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
}

function at(site: GovernanceSite): Pick<Problem, 'file' | 'line' | 'field'> {
  return {
    file: site.file,
    ...(site.line === undefined ? {} : { line: site.line }),
    ...(site.field === undefined ? {} : { field: site.field }),
  };
}

function error(
  code: string,
  site: GovernanceSite,
  message: string,
  expected?: string,
  found?: string,
): Problem {
  return {
    code: `governance.${code}`,
    severity: 'error',
    message,
    ...at(site),
    ...(expected === undefined ? {} : { expected }),
    ...(found === undefined ? {} : { found }),
  };
}

export const governanceMessages = {
  unparsable: (site: GovernanceSite, detail: string): Problem =>
    error('unparsable', site, `the file is not valid YAML (${detail})`),
  invalid: (site: GovernanceSite, expected: string, found: string): Problem =>
    error('invalid', site, 'this governance record is not valid', expected, found),
  unknownMeasure: (site: GovernanceSite, id: string): Problem =>
    error(
      'unknown-measure',
      site,
      'no measure has this id: check the spelling against `scrutiny measures` or the measure catalogue',
      'a measure id from the catalogue',
      JSON.stringify(id),
    ),
  unknownMeeting: (site: GovernanceSite, id: string, meetingsFile: string): Problem =>
    error(
      'unknown-meeting',
      site,
      `no meeting has this id: add it to ${meetingsFile} first`,
      `a meeting id from ${meetingsFile}`,
      JSON.stringify(id),
    ),
  unknownObjective: (site: GovernanceSite, id: string, planFile: string): Problem =>
    error(
      'unknown-objective',
      site,
      `no Police and Crime Plan objective has this id in ${planFile}`,
      `an objective id from ${planFile}`,
      JSON.stringify(id),
    ),
  unknownTheme: (site: GovernanceSite, id: string, objective: string): Problem =>
    error(
      'unknown-theme',
      site,
      `the objective "${objective}" has no theme with this id`,
      `a theme of "${objective}"`,
      JSON.stringify(id),
    ),
  duplicateId: (site: GovernanceSite, id: string, firstLine: number | undefined): Problem =>
    error(
      'duplicate-id',
      site,
      `the id is already used${firstLine === undefined ? '' : ` on line ${firstLine}`}; each record needs its own`,
      'an id not used before in this file',
      JSON.stringify(id),
    ),
  dateOutsidePeriod: (site: GovernanceSite, date: string, what: string, from: string, to?: string): Problem =>
    error(
      'date-outside-period',
      site,
      `the date falls outside ${what}`,
      to === undefined ? `a date on or after ${from}` : `a date from ${from} to ${to}`,
      date,
    ),
  statusNeeds: (site: GovernanceSite, status: string, needs: string): Problem =>
    error(
      'status-not-allowed',
      site,
      `status "${status}" needs ${needs}`,
      needs,
      `status ${status} without it`,
    ),
  closedWithoutStatus: (site: GovernanceSite, status: string): Problem =>
    error(
      'status-not-allowed',
      site,
      'a question with a closed date must have status closed',
      'status closed (or remove the closed date)',
      `status ${status}`,
    ),
  reasonMissing: (site: GovernanceSite, status: string): Problem =>
    error(
      'reason-missing',
      site,
      `a ${status} meeting needs the reason`,
      `reason: why it was ${status}`,
      'no reason',
    ),
  focusTopicNotGpb: (site: GovernanceSite, type: string): Problem =>
    error(
      'focus-topic-not-gpb',
      site,
      'only a Governance and Performance Board (type gpb) has a focus topic',
      'type gpb, or no focus_topic',
      `type ${type}`,
    ),
  locationCount: (site: GovernanceSite, count: number, names: number): Problem =>
    error(
      'location-count',
      site,
      'the number of named locations differs from the count',
      `${count} name${count === 1 ? '' : 's'}`,
      `${names}`,
    ),
  rangeReversed: (site: GovernanceSite, from: string, to: string): Problem =>
    error('range-reversed', site, 'the period ends before it starts', `to on or after ${from}`, to),
  planMissing: (site: GovernanceSite, planFile: string): Problem =>
    error(
      'plan-missing',
      site,
      `the record names a Plan objective but there is no ${planFile}`,
      `a ${planFile} listing the objectives`,
      'no plan file',
    ),
  questionNotFound: (file: string, id: string): Problem =>
    error(
      'question-not-found',
      { file },
      `no question has the id ${id}: \`scrutiny governance list\` shows them`,
    ),
  raisedInUnparsable: (text: string): Problem =>
    error(
      'raised-in-unparsable',
      { file: '(command line)', field: '--raised-in' },
      'start --raised-in with the period the report covers',
      "e.g. 'Q2 2023/24 OPCC Performance Scrutiny report'",
      JSON.stringify(text),
    ),
  badOption: (option: string, expected: string, found: string): Problem =>
    error(
      'bad-option',
      { file: '(command line)', field: option },
      'the option is not valid',
      expected,
      found,
    ),
  alreadyClosed: (site: GovernanceSite, id: string, closed: string): Problem =>
    error('already-closed', site, `question ${id} was already closed on ${closed}`),
};
