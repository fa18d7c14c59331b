/**
 * The Governance and Performance Board's focus topics month by month, as the Panel report lists
 * them ('January - Safeguarding Children', ..., 'May - N/A' when the Board was postponed).
 */
import { MONTH_NAMES, monthOf, type ReportingPeriod } from '../periods.js';
import type { GovernanceRecords, Meeting } from '../records.js';

export interface FocusTopicMonth {
  /** 'YYYY-MM'. */
  readonly month: string;
  /** 'January'. */
  readonly monthName: string;
  /** The focus topic of the month's Board, if it met (or is scheduled) with one. */
  readonly topic: string | undefined;
  /** held / scheduled: the Board met or will meet; postponed / cancelled; none: no Board recorded. */
  readonly status: Meeting['status'] | 'none';
  /** Why it was postponed or cancelled. */
  readonly reason: string | undefined;
  /** The id of the meeting the entry comes from. */
  readonly meetingId: string | undefined;
}

/** One entry per month of `period` (a calendar year '2024' or a financial year '2024/25'). */
export function gpbFocusTopics(
  records: Pick<GovernanceRecords, 'meetings'>,
  period: ReportingPeriod,
): FocusTopicMonth[] {
  const months: string[] = [];
  for (let [y, m] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))]; ; ) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > monthOf(period.to)) break;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  const boards = records.meetings.filter((m) => m.type === 'gpb');
  return months.map((month) => {
    const inMonth = boards.filter((b) => monthOf(b.date) === month);
    // A Board that met (or is due to) takes precedence over one postponed in the same month.
    const chosen =
      inMonth.find((b) => b.status === 'held' || b.status === 'scheduled') ??
      inMonth.find((b) => b.status === 'postponed' || b.status === 'cancelled');
    const meets = chosen?.status === 'held' || chosen?.status === 'scheduled';
    return {
      month,
      monthName: MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month,
      topic: meets ? chosen?.focus_topic : undefined,
      status: chosen?.status ?? 'none',
      reason: meets ? undefined : chosen?.reason,
      meetingId: chosen?.id,
    };
  });
}
