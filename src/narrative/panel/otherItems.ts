/**
 * Items 7, 8 and 9 of the Panel report: the National Crime and Policing Measures (pointing to the
 * statement at Appendix A), communications and engagement (events by month, as the reference
 * lists them), and grants and commissioning (amounts, periods, locations by town, updates).
 */
import { heading, link, list, paragraph, strong, text } from '../../document/build.js';
import type { Block, ListItem } from '../../document/model.js';
import type { StandingItemRecords } from '../../governance/index.js';
import { OFFICER_CONTEXT_NOTE, OFFICER_HEADING, officerSentences } from '../sentences/officers.js';
import type { PanelContext } from './context.js';
import { longDate, monthOfDay } from './dates.js';
import { pounds, recordBlocks } from './recordBlocks.js';
import { restatedFiguresBlocks } from './restatedFigures.js';
import { asSentence } from './text.js';

export function ncpmItem(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const label = ctx.measures.period.label;
  return [
    paragraph(
      "The Panel receives, as a standing agenda item, the force's performance against the National Crime and Policing Measures (NCPM), introduced with the Government's Beating Crime Plan in 2021. The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires Police and Crime Commissioners to publish a statement on their force's contribution to the measures each quarter.",
    ),
    paragraph(
      `For the information of the Panel, the statement for ${label} is appended at `,
      link('Appendix A', `#${ctx.appendixAnchor}`),
      text('. Progress on the measures linked to the Police and Crime Plan is summarised under '),
      link('item 4', '#item-4'),
      text(', and the open scrutiny questions under '),
      link('item 6', '#item-6-3'),
      text('.'),
    ),
    ...restatedFiguresBlocks(ctx),
    ...officerParagraphs(ctx),
    ...recordBlocks(item.decisions, item.activities, ctx),
  ];
}

/** Officer numbers as context beside the measures (not one of them), when the workforce table is loaded. */
function officerParagraphs(ctx: PanelContext): Block[] {
  const officers = ctx.measures.officers;
  if (!officers) return [];
  const [first, ...rest] = officerSentences(officers, ctx.measures.force.name);
  return [
    paragraph(strong(`${OFFICER_HEADING}.`), text(` ${OFFICER_CONTEXT_NOTE} ${first ?? ''}`)),
    ...rest.map((s) => paragraph(s)),
  ];
}

type EngagementEvent = StandingItemRecords['engagement'][number];

function eventItem(e: EngagementEvent): ListItem {
  const who = e.attended_by.length > 0 ? ` (${e.attended_by.join(', ')})` : '';
  const topic = e.topic.charAt(0).toUpperCase() + e.topic.slice(1);
  return { runs: [text(`${longDate(e.date)}, ${e.place}: ${topic}, with ${e.audience}${who}.`)] };
}

export function engagementItem(ctx: PanelContext, item: StandingItemRecords): Block[] {
  const blocks: Block[] = recordBlocks(item.decisions, item.activities, ctx);
  if (item.engagement.length === 0) return blocks;
  blocks.push(heading(2, 'item-8-1', '8.1 Engagement events'));
  const months = [...new Set(item.engagement.map((e) => monthOfDay(e.date)))];
  for (const month of months) {
    blocks.push(paragraph(strong(month)), {
      kind: 'list',
      ordered: false,
      items: item.engagement.filter((e) => monthOfDay(e.date) === month).map(eventItem),
    });
  }
  return blocks;
}

type GrantActivity = StandingItemRecords['grants'][number];

const GRANT_KIND = {
  grant_received: 'Grant received',
  grant_awarded: 'Grant awarded',
  commissioned_service: 'Commissioned service',
} as const;

function grantBlocks(g: GrantActivity, n: number): Block[] {
  const { grant } = g;
  const facts = [
    `Kind: ${GRANT_KIND[grant.kind]}`,
    `Provider: ${grant.provider}`,
    ...(grant.amount === undefined ? [] : [`Amount: ${pounds(grant.amount)}`]),
    `Period: ${longDate(grant.period.from)} to ${longDate(grant.period.to)}`,
    `Reference: ${grant.id}`,
  ];
  const blocks: Block[] = [heading(2, `item-9-${n}`, `9.${n} ${grant.service}`), list(false, facts)];
  if (g.announced && grant.announced !== undefined)
    blocks.push(paragraph(`It was announced on ${longDate(grant.announced)}.`));
  if (grant.outcomes.length > 0)
    blocks.push(paragraph('Outcomes:'), list(false, grant.outcomes.map(asSentence)));
  if (grant.locations.length > 0) {
    const total = grant.locations.reduce((sum, l) => sum + l.count, 0);
    const towns = grant.locations.map(
      (l) => `${l.count} in ${l.town}${l.names ? ` (${l.names.join(', ')})` : ''}`,
    );
    blocks.push(
      paragraph(`There ${total === 1 ? 'is 1 location' : `are ${total} locations`}: ${towns.join('; ')}.`),
    );
  }
  if (g.updates.length > 0)
    blocks.push(
      paragraph('Updates since the previous meeting:'),
      list(
        false,
        g.updates.map((u) => `${longDate(u.date)}: ${asSentence(u.text)}`),
      ),
    );
  return blocks;
}

export function grantsItem(ctx: PanelContext, item: StandingItemRecords): Block[] {
  return [
    ...recordBlocks(item.decisions, item.activities, ctx),
    ...item.grants.flatMap((g, i) => grantBlocks(g, i + 1)),
  ];
}
