/**
 * Which Panel meeting a report is for, and which quarter's figures it carries. The meeting must be
 * one recorded in meetings.yaml (a typo would otherwise give a report for a meeting that never
 * was, with a silently wrong 'since the previous meeting' window); the figures are those of the
 * latest financial quarter that ended before the meeting, as the reference report carries Q4
 * 2023/24 to the Panel of 20 June 2024.
 */
import { messages } from '../../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../../errors/problem.js';
import type { GovernanceRecords } from '../../governance/index.js';
import { type Period, periodContaining, previousPeriod } from '../../stats/calendar.js';
import { isCalendarDay } from './dates.js';

type Meeting = GovernanceRecords['meetings'][number];

export interface ChosenMeeting {
  readonly meeting: Meeting;
  /** Warnings, e.g. the meeting is recorded as postponed. */
  readonly problems: readonly Problem[];
}

/** The Panel meeting held or planned on `date`; a usage error listing the known ones otherwise. */
export function choosePanelMeeting(
  records: Pick<GovernanceRecords, 'meetings'>,
  date: string,
  meetingsFile: string,
): ChosenMeeting {
  if (!isCalendarDay(date)) throw new ScrutinyError(messages.panel.badMeetingDate(date), ExitCode.usageError);
  const panels = records.meetings
    .filter((m) => m.type === 'panel')
    .sort((a, b) => a.date.localeCompare(b.date));
  const meeting = panels.find((m) => m.date === date);
  if (meeting === undefined)
    throw new ScrutinyError(
      messages.panel.unknownMeeting(
        meetingsFile,
        date,
        panels.map((m) => ({ date: m.date, status: m.status })),
      ),
      ExitCode.usageError,
    );
  const goingAhead = meeting.status === 'held' || meeting.status === 'scheduled';
  return {
    meeting,
    problems: goingAhead
      ? []
      : [messages.panel.meetingNotGoingAhead(meetingsFile, date, meeting.status, meeting.reason)],
  };
}

/** The last financial quarter that ended before `date` (the quarter holding the day itself has not). */
export function latestQuarterBefore(date: string): Period {
  return previousPeriod(periodContaining('quarter', date.slice(0, 7)));
}

/** The last day of a period's last month, 'YYYY-MM-DD'. */
export function lastDayOf(period: Period): string {
  const [year, month] = [Number(period.last.slice(0, 4)), Number(period.last.slice(5, 7))];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period.last}-${String(day).padStart(2, '0')}`;
}
