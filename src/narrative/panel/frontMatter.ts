/**
 * The front of the Commissioner's report, as the reference report opens: the report's details
 * (meeting, report date, classification, disclosure), the ten standing agenda items, the purpose
 * of the report and the recommendation that the Panel note it. Written in the Commissioner's
 * voice ('my key activities'), as the Panel report is the Commissioner's own.
 */
import { callout, columns, heading, link, list, paragraph, table, text } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import { STANDING_AGENDA_ITEMS } from '../../governance/index.js';
import { monthName } from '../../stats/calendar.js';
import type { PanelContext } from './context.js';
import { addDays, dateWithWeekday, longDate } from './dates.js';
import { sinceWords } from './recordBlocks.js';

export const itemAnchor = (n: number): string => `item-${n}`;

/** '22 March 2024 to 19 June 2024': the days the report's records are drawn from. */
export function windowWords(ctx: PanelContext): string {
  const after = ctx.window.after;
  return after === undefined
    ? `up to ${longDate(ctx.lastDay)}`
    : `${longDate(addDays(after, 1))} to ${longDate(ctx.lastDay)}`;
}

function detailsTable(ctx: PanelContext, reportDate: string): Block {
  const { office } = ctx;
  const author = office.commissionerName
    ? `${office.commissionerName}, ${office.commissionerTitle}`
    : office.commissionerTitle;
  const period = ctx.measures.period;
  const marking = ctx.classification === 'OFFICIAL' ? 'Official' : 'Official-Sensitive';
  return table({
    caption: 'Report details',
    header: [['Item', 'Detail']],
    columns: columns('ll'),
    rowHeaders: true,
    rows: [
      ['Meeting', `${office.area} Police and Crime Panel, ${dateWithWeekday(ctx.meetingDate)}`],
      ['Report of', author],
      ['Report date', longDate(reportDate)],
      ['Security classification', marking],
      ['Disclosable under the Freedom of Information Act?', ctx.classification === 'OFFICIAL' ? 'Yes' : 'No'],
      ['Records reported', windowWords(ctx)],
      [
        'Performance figures',
        `${period.label} (${monthName(period.first)} to ${monthName(period.last)}), the latest quarter complete before the meeting`,
      ],
    ],
  });
}

export function frontMatter(ctx: PanelContext, reportDate: string): Block[] {
  const { office } = ctx;
  return [
    detailsTable(ctx, reportDate),
    heading(1, 'standing-agenda-items', 'Standing agenda items'),
    list(
      true,
      STANDING_AGENDA_ITEMS.map((item) => [link(item.title, `#${itemAnchor(item.number)}`)]),
    ),
    heading(1, 'introduction', 'Introduction'),
    paragraph(
      `The purpose of this report is to provide the members of the ${office.area} Police and Crime Panel with an update on my key activities as ${office.commissionerTitle} for ${office.area} and those of my office, the ${office.officeName}, ${sinceWords(ctx)}.`,
    ),
    paragraph(
      `Each standing agenda item below is drawn from the office's governance records dated from ${windowWords(ctx)}; an item with nothing recorded says so. Performance figures are those of the National Crime and Policing Measures statement for ${ctx.measures.period.label}, appended in full at `,
      link('Appendix A', `#${ctx.appendixAnchor}`),
      text('.'),
    ),
    callout('note', [['The Panel is recommended to note this report.']], 'Recommendation'),
  ];
}
