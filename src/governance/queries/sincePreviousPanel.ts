/**
 * The records for a Panel report's standing items: everything dated after the previous Panel meeting
 * that was held and before the meeting the report is for. All ten items are returned, in order, so an
 * item with no records can say so rather than disappear.
 */

import type {
  Activity,
  Decision,
  EngagementEvent,
  GovernanceRecords,
  Grant,
  Meeting,
  Question,
} from '../records.js';
import { ITEM_OF_RECORD_KIND, STANDING_AGENDA_ITEMS, type StandingItem } from '../standingItems.js';

export interface GrantActivity {
  readonly grant: Grant;
  /** Announced in the window. */
  readonly announced: boolean;
  /** Its updates dated in the window. */
  readonly updates: Grant['updates'];
}

export interface QuestionActivity {
  readonly raised: readonly Question[];
  readonly answered: readonly Question[];
  readonly closed: readonly Question[];
}

export interface StandingItemRecords {
  readonly item: StandingItem;
  readonly decisions: readonly Decision[];
  readonly activities: readonly Activity[];
  readonly meetings: readonly Meeting[];
  readonly engagement: readonly EngagementEvent[];
  readonly grants: readonly GrantActivity[];
  readonly questions: QuestionActivity;
  /** True when the item has nothing to report since the previous meeting. */
  readonly empty: boolean;
}

export interface PanelWindow {
  /** The Panel meeting the report is for, if recorded in meetings.yaml. */
  readonly meeting: Meeting | undefined;
  /** The previous Panel meeting that was held; undefined when none is recorded (then all earlier records count). */
  readonly previousMeeting: Meeting | undefined;
  /** Records dated after `after` (exclusive; undefined: no lower bound) and before `before` (exclusive). */
  readonly after: string | undefined;
  readonly before: string;
  readonly items: readonly StandingItemRecords[];
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

export function recordsSincePreviousPanel(records: GovernanceRecords, meetingDate: string): PanelWindow {
  const panels = records.meetings.filter((m) => m.type === 'panel');
  const previousMeeting = panels
    .filter((m) => m.status === 'held' && m.date < meetingDate)
    .sort(byDate)
    .at(-1);
  const meeting = panels.find((m) => m.date === meetingDate);
  const after = previousMeeting?.date;
  const inWindow = (date: string | undefined) =>
    date !== undefined && (after === undefined || date > after) && date < meetingDate;

  const meetings = records.meetings.filter((m) => inWindow(m.date) && m !== meeting).sort(byDate);
  const engagement = records.engagement.filter((e) => inWindow(e.date)).sort(byDate);
  const grants: GrantActivity[] = records.grants
    .map((grant) => ({
      grant,
      announced: inWindow(grant.announced),
      updates: grant.updates.filter((u) => inWindow(u.date)),
    }))
    .filter((g) => g.announced || g.updates.length > 0);
  const questions: QuestionActivity = {
    raised: records.questions.filter((q) => inWindow(q.date)),
    answered: records.questions.filter((q) => inWindow(q.response?.date)),
    closed: records.questions.filter((q) => inWindow(q.closed)),
  };
  const noQuestions: QuestionActivity = { raised: [], answered: [], closed: [] };

  const items = STANDING_AGENDA_ITEMS.map((item): StandingItemRecords => {
    const decisions = records.decisions
      .filter((d) => d.agenda_item === item.id && inWindow(d.date))
      .sort(byDate);
    const activities = records.activities
      .filter((a) => a.agenda_item === item.id && inWindow(a.date))
      .sort(byDate);
    const own = {
      meetings: item.id === ITEM_OF_RECORD_KIND.meetings ? meetings : [],
      engagement: item.id === ITEM_OF_RECORD_KIND.engagement ? engagement : [],
      grants: item.id === ITEM_OF_RECORD_KIND.grants ? grants : [],
      questions: item.id === ITEM_OF_RECORD_KIND.questions ? questions : noQuestions,
    };
    const counts = [
      decisions.length,
      activities.length,
      own.meetings.length,
      own.engagement.length,
      own.grants.length,
      own.questions.raised.length + own.questions.answered.length + own.questions.closed.length,
    ];
    return { item, decisions, activities, ...own, empty: counts.every((n) => n === 0) };
  });
  return { meeting, previousMeeting, after, before: meetingDate, items };
}
