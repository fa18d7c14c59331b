import type { Problem } from '../problem.js';

/** A Panel meeting as the usage error lists it: '2024-06-20 (scheduled)'. */
export interface KnownPanelMeeting {
  readonly date: string;
  readonly status: string;
}

function listMeetings(known: readonly KnownPanelMeeting[]): string {
  return known.map((m) => (m.status === 'held' ? m.date : `${m.date} (${m.status})`)).join(', ');
}

/** Texts of the Commissioner's report to the Police and Crime Panel (src/narrative/panel, src/report/panel). */
export const panelMessages = {
  badMeetingDate: (found: string): Problem => ({
    code: 'panel.bad-meeting-date',
    severity: 'error',
    message: 'the Panel meeting must be given as a calendar date',
    field: '--meeting',
    expected: 'a date written YYYY-MM-DD, e.g. 2024-06-20',
    found: JSON.stringify(found),
  }),
  unknownMeeting: (meetingsFile: string, found: string, known: readonly KnownPanelMeeting[]): Problem => ({
    code: 'panel.unknown-meeting',
    severity: 'error',
    message:
      known.length === 0
        ? 'no Police and Crime Panel meeting is recorded: add one (type: panel) to the meetings file first'
        : 'this date is not a Police and Crime Panel meeting in the meetings file: give one of those listed, or add the meeting (type: panel) first',
    file: meetingsFile,
    field: '--meeting',
    expected:
      known.length === 0 ? 'a meeting with type: panel' : `one of the Panel meetings ${listMeetings(known)}`,
    found: found,
  }),
  meetingNotGoingAhead: (
    meetingsFile: string,
    date: string,
    status: string,
    reason: string | undefined,
  ): Problem => ({
    code: 'panel.meeting-not-going-ahead',
    severity: 'warning',
    message: `the Panel meeting of ${date} is recorded as ${status}${reason === undefined ? '' : ` (${reason})`}; the report is written for it all the same`,
    file: meetingsFile,
    field: '--meeting',
  }),
  noPlan: (planFile: string): Problem => ({
    code: 'panel.no-plan',
    severity: 'warning',
    message:
      'no Police and Crime Plan is recorded, so the report cannot show progress against its objectives (item 4 says so)',
    file: planFile,
    expected: 'a plan.yaml with the objectives and their measures',
    found: 'no file',
  }),
  badReportDate: (found: string): Problem => ({
    code: 'panel.bad-report-date',
    severity: 'error',
    message: 'the report date must be a calendar date on or before the meeting',
    field: '--report-date',
    expected: 'a date written YYYY-MM-DD, not after the meeting',
    found: JSON.stringify(found),
  }),
  periodAfterMeeting: (period: string, lastDay: string, meeting: string): Problem => ({
    code: 'panel.period-after-meeting',
    severity: 'error',
    message: `the performance period must be complete before the meeting (${period} ends on ${lastDay})`,
    field: '--period',
    expected: `a period ending before ${meeting}`,
    found: JSON.stringify(period),
  }),
  badClassification: (found: string): Problem => ({
    code: 'panel.bad-classification',
    severity: 'error',
    message: 'the security marking of the report is one of two',
    field: '--classification',
    expected: 'official or official-sensitive',
    found: JSON.stringify(found),
  }),
};
