/**
 * The Commissioner's report to the Police and Crime Panel as one Document, from three inputs and
 * nothing else: the governance records (what happened since the previous Panel), the measures
 * result for the latest quarter complete before the meeting, and the NCPM statement built from
 * that same result, appended as Appendix A. The ten standing agenda items always appear, in the
 * reference report's order; an item with nothing recorded says so.
 */
import { heading } from '../../document/build.js';
import type { Block, Classification, Document } from '../../document/model.js';
import {
  carriedQuestions,
  type GovernanceRecords,
  recordsSincePreviousPanel,
  type StandingItemRecords,
} from '../../governance/index.js';
import type { MeasuresResult } from '../../measures/result.js';
import { appendixAnchor, asAppendix } from './appendix.js';
import type { PanelContext, PanelOffice } from './context.js';
import { addDays, dateWithWeekday } from './dates.js';
import { frontMatter, itemAnchor } from './frontMatter.js';
import { governanceItem } from './governanceItem.js';
import { engagementItem, grantsItem, ncpmItem } from './otherItems.js';
import { planProgressItem } from './planProgressItem.js';
import { nothingRecorded, recordBlocks } from './recordBlocks.js';

export interface PanelReportInput {
  /** The Panel meeting, 'YYYY-MM-DD' (checked against meetings.yaml by choosePanelMeeting). */
  readonly meetingDate: string;
  /** The date the report is signed off, 'YYYY-MM-DD'. */
  readonly reportDate: string;
  readonly office: PanelOffice;
  readonly records: GovernanceRecords;
  /** The measures for the latest quarter complete before the meeting. */
  readonly measures: MeasuresResult;
  /** The NCPM statement for the same quarter, appended as Appendix A. */
  readonly statement: Document;
  readonly classification: Classification;
  /** ISO 8601 instant with an offset: an input, so the same inputs give the same bytes. */
  readonly generatedAt: string;
  readonly version: string;
}

type ItemBody = (ctx: PanelContext, item: StandingItemRecords) => Block[];

const ITEM_BODIES: Partial<Record<StandingItemRecords['item']['id'], ItemBody>> = {
  plan_progress: planProgressItem,
  governance_and_holding_to_account: governanceItem,
  ncpm: ncpmItem,
  communications_and_engagement: engagementItem,
  grants_and_commissioning: grantsItem,
};

const genericItem: ItemBody = (ctx, item) => recordBlocks(item.decisions, item.activities, ctx);

export function buildPanelReport(input: PanelReportInput): Document {
  const lastDay = addDays(input.meetingDate, -1);
  // The statement's marking wins when it is the higher: the report carries the statement whole.
  const classification: Classification =
    input.statement.classification === 'OFFICIAL-SENSITIVE' ? 'OFFICIAL-SENSITIVE' : input.classification;
  const ctx: PanelContext = {
    office: input.office,
    records: input.records,
    window: recordsSincePreviousPanel(input.records, input.meetingDate),
    meetingDate: input.meetingDate,
    lastDay,
    measures: input.measures,
    openQuestions: carriedQuestions(input.records, lastDay, {
      measureOrder: input.measures.measures.map((m) => m.id),
    }),
    classification,
    appendixAnchor: appendixAnchor('A'),
  };
  const items = ctx.window.items.flatMap((item): Block[] => [
    heading(1, itemAnchor(item.item.number), `${item.item.number}. ${item.item.title}`),
    ...(item.empty ? [nothingRecorded(ctx)] : []),
    ...(ITEM_BODIES[item.item.id] ?? genericItem)(ctx, item),
  ]);
  const figuresBefore = items.filter((b) => b.kind === 'figure').length;
  return {
    title: "Police and Crime Commissioner's Report",
    subtitle: `${input.office.area} Police and Crime Panel, ${dateWithWeekday(input.meetingDate)}`,
    classification,
    meta: {
      organisation: input.office.officeName,
      periodLabel: `Panel meeting of ${dateWithWeekday(input.meetingDate)}`,
      generatedAt: input.generatedAt,
      version: input.version,
    },
    blocks: [
      ...frontMatter(ctx, input.reportDate),
      ...items,
      ...asAppendix(input.statement, { letter: 'A', figuresBefore }),
    ],
  };
}
