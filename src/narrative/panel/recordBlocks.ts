/**
 * Decisions and activities as the Panel report prints them: the title in bold, the reference and
 * date, then the record's own words. Each paragraph names its record, so every line of the report
 * can be traced to governance/decisions.yaml or activities.yaml.
 */
import { emphasis, paragraph, strong, text } from '../../document/build.js';
import type { Block, Inline } from '../../document/model.js';
import type { GovernanceRecords } from '../../governance/index.js';
import { formatCount } from '../../stats/rounding.js';
import { measureTitle, type PanelContext } from './context.js';
import { dateWithWeekday, longDate } from './dates.js';
import { asSentence } from './text.js';

type Decision = GovernanceRecords['decisions'][number];
type Activity = GovernanceRecords['activities'][number];

/** '£1,000,000', '£2,500.50': pounds with thousands separators, pence only when there are any. */
export function pounds(amount: number): string {
  if (Number.isInteger(amount)) return `£${formatCount(amount)}`;
  return `£${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)}`;
}

export function decisionBlock(d: Decision): Block {
  const runs: Inline[] = [
    strong(d.title),
    text(` (decision ${d.id}, ${longDate(d.date)}). ${asSentence(d.text)}`),
  ];
  if (d.amount !== undefined) runs.push(text(` Amount: ${pounds(d.amount)}.`));
  return paragraph(...runs);
}

export function activityBlock(a: Activity, ctx: PanelContext): Block {
  const runs: Inline[] = [strong(a.title), text(` (${longDate(a.date)}). ${asSentence(a.text)}`)];
  if (a.measures.length > 0)
    runs.push(text(' '), emphasis(`Measures: ${a.measures.map((id) => measureTitle(ctx, id)).join('; ')}.`));
  if (a.id !== undefined) runs.push(text(' '), emphasis(`(${a.id})`));
  return paragraph(...runs);
}

/** Decisions first, then activities, each in date order (as the window query returns them). */
export function recordBlocks(
  decisions: readonly Decision[],
  activities: readonly Activity[],
  ctx: PanelContext,
): Block[] {
  return [...decisions.map(decisionBlock), ...activities.map((a) => activityBlock(a, ctx))];
}

/** 'since the Panel met on Thursday 21 March 2024', or 'before this meeting' with no earlier Panel. */
export function sinceWords(ctx: PanelContext): string {
  const previous = ctx.window.previousMeeting;
  return previous === undefined
    ? 'before this meeting'
    : `since the Panel met on ${dateWithWeekday(previous.date)}`;
}

/** The sentence an item with nothing to report prints, so it says so rather than disappearing. */
export function nothingRecorded(ctx: PanelContext): Block {
  return paragraph(
    `No decisions, activities or other records have been entered under this item ${sinceWords(ctx)}.`,
  );
}
