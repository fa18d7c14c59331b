/**
 * Item 6, governance and holding to account: the meetings held since the previous Panel (the
 * weekly meetings counted, the Boards and committees listed with their focus topics, postponed
 * ones with the reason), the Board's focus-topic schedule for the year, the scrutiny questions
 * raised, answered and closed in the window, and every question still open, under its measure.
 */
import { columns, heading, list, paragraph, table, text } from '../../document/build.js';
import type { Block, ListItem } from '../../document/model.js';
import {
  gpbFocusTopics,
  MEETING_TYPE_NAMES,
  parseReportingPeriod,
  type QuestionFacts,
  type StandingItemRecords,
} from '../../governance/index.js';
import { measureTitle, type PanelContext, questionsAnchor } from './context.js';
import { longDate } from './dates.js';
import { questionBlocks } from './questionBlocks.js';
import { recordBlocks, sinceWords } from './recordBlocks.js';
import { asClause, asSentence } from './text.js';

type Meeting = StandingItemRecords['meetings'][number];

const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

const STATUS_WORDS = {
  held: 'Held',
  scheduled: 'Scheduled',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
} as const;

function meetingName(m: Meeting): string {
  return m.title ?? MEETING_TYPE_NAMES[m.type];
}

function meetingDetail(m: Meeting): string {
  const parts: string[] = [];
  if (m.focus_topic) parts.push(`Focus topic: ${m.focus_topic}`);
  if (m.reason) parts.push(`Reason: ${asClause(m.reason)}.`);
  if (m.notes) parts.push(asSentence(m.notes));
  return parts.length === 0 ? '–' : parts.join(' ');
}

function meetingsSection(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const weekly = item.meetings.filter((m) => m.type === 'holding_to_account' && m.status === 'held');
  const others = item.meetings.filter((m) => m.type !== 'holding_to_account');
  const blocks: Block[] = [
    heading(2, 'item-6-1', '6.1 Meetings'),
    paragraph(
      'I hold the Chief Constable to account formally at two meetings: a weekly meeting attended by the Deputy Chief Constable, and the monthly Governance and Performance Board, which is more formal, has a broader senior attendance and an agenda of scrutiny, holding to account, finance and governance items.',
    ),
  ];
  if (weekly.length > 0) {
    const first = weekly[0]!.date;
    const last = weekly.at(-1)!.date;
    blocks.push(
      paragraph(
        weekly.length === 1
          ? `${capitalised(sinceWords(ctx))}, one weekly holding to account meeting was held, on ${longDate(first)}.`
          : `${capitalised(sinceWords(ctx))}, ${weekly.length} weekly holding to account meetings were held, from ${longDate(first)} to ${longDate(last)}.`,
      ),
    );
  }
  if (others.length > 0)
    blocks.push(
      table({
        caption: `Boards and committees ${sinceWords(ctx)}`,
        header: [['Date', 'Meeting', 'Status', 'Focus topic and notes']],
        columns: columns('llll'),
        rows: others.map((m) => [longDate(m.date), meetingName(m), STATUS_WORDS[m.status], meetingDetail(m)]),
      }),
    );
  if (weekly.length === 0 && others.length === 0)
    blocks.push(paragraph(`No meetings have been recorded ${sinceWords(ctx)}.`));
  return blocks;
}

function focusTopicsSection(ctx: PanelContext): Block[] {
  const year = ctx.meetingDate.slice(0, 4);
  const period = parseReportingPeriod(year);
  if (period === undefined) return [];
  const meetingMonth = ctx.meetingDate.slice(0, 7);
  const items = gpbFocusTopics(ctx.records, period).map((m) => {
    let what: string;
    if (m.topic !== undefined) what = m.topic;
    else if (m.status === 'postponed' || m.status === 'cancelled')
      what = `N/A (${m.status}${m.reason ? `: ${asClause(m.reason)}` : ''})`;
    else if (m.status === 'none') what = m.month < meetingMonth ? 'No Board recorded' : 'To be scheduled';
    else what = 'No focus topic recorded';
    return `${m.monthName} – ${what}`;
  });
  return [
    heading(2, 'item-6-2', '6.2 Governance and Performance Board focus topics'),
    paragraph(
      `At each Board a focus topic is scheduled for in-depth scrutiny and challenge. The topics for ${year}:`,
    ),
    list(false, items),
  ];
}

function questionEvents(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const { raised, answered, closed } = item.questions;
  const line = (verb: string, date: string | undefined, q: { id: string; text: string }): ListItem => ({
    runs: [text(`${q.id} ${verb} on ${date === undefined ? '–' : longDate(date)}: ${asClause(q.text)}.`)],
  });
  const events: ListItem[] = [
    ...raised.map((q) => line('raised', q.date, q)),
    ...answered.map((q) => line('answered', q.response?.date, q)),
    ...closed.map((q) => line('closed', q.closed, q)),
  ];
  if (events.length === 0)
    return [paragraph(`No scrutiny question has been raised, answered or closed ${sinceWords(ctx)}.`)];
  return [
    paragraph(`Scrutiny questions raised, answered or closed ${sinceWords(ctx)}:`),
    { kind: 'list', ordered: false, items: events },
  ];
}

function openQuestionsSection(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const open = ctx.openQuestions;
  const paragraphs = (qs: readonly QuestionFacts[]) =>
    qs.flatMap((q) => questionBlocks(q, ctx.office.forceName));
  const blocks: Block[] = [heading(2, 'item-6-3', '6.3 Scrutiny questions'), ...questionEvents(ctx, item)];
  if (open.questions.length === 0) {
    blocks.push(paragraph(`No scrutiny question is open on ${longDate(ctx.lastDay)}.`));
    return blocks;
  }
  blocks.push(
    paragraph(
      `The questions below were open on ${longDate(ctx.lastDay)} and are carried forward under the measures they concern until they are closed; a question on several measures is shown under each.`,
    ),
  );
  for (const group of open.byMeasure)
    blocks.push(
      heading(3, questionsAnchor(group.measure), measureTitle(ctx, group.measure)),
      ...paragraphs(group.questions),
    );
  if (open.general.length > 0)
    blocks.push(
      heading(3, 'open-questions-general', 'Questions not tied to a measure'),
      ...paragraphs(open.general),
    );
  return blocks;
}

export function governanceItem(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const records = recordBlocks(item.decisions, item.activities, ctx);
  return [
    ...meetingsSection(ctx, item),
    ...focusTopicsSection(ctx),
    ...openQuestionsSection(ctx, item),
    ...(records.length > 0
      ? [heading(2, 'item-6-4', '6.4 Other holding to account activities'), ...records]
      : []),
  ];
}
