/** Demo meetings: monthly Boards with focus topics, weekly holding-to-account, Panel, JASC. */
import { addMonths, type Month, monthParts, monthRange } from '../../stats/calendar.js';
import { dayIn, nthWeekday, tuesdays } from './dates.js';

/** GPB focus topics by calendar month, January first (the shape of the reference report's list). */
export const DEMO_FOCUS_TOPICS = [
  'Safeguarding children',
  'Victims and witnesses / Victims Code',
  'Strategic Policing Requirement',
  'Road policing',
  'Neighbourhood policing',
  'Business and retail crime',
  'Custody',
  'People and HR review',
  'Public trust and confidence',
  'Health and wellbeing',
  'Cyber crime and fraud',
  'County lines and organised crime groups',
];

interface DemoMeeting {
  readonly id: string;
  readonly type: string;
  readonly date: string;
  readonly [field: string]: unknown;
}

/** The month whose Board the demo postpones, to show a postponed meeting and 'N/A' in the topic list. */
export const postponedBoardMonth = (endMonth: Month): Month => addMonths(endMonth, -13);

export function demoMeetings(months: readonly Month[], endMonth: Month): DemoMeeting[] {
  // Boards and Panels are planned three months ahead, so the Panel report has a meeting to be for.
  const withAhead = [...months, ...monthRange(addMonths(endMonth, 1), addMonths(endMonth, 3))];
  const status = (month: Month) => (month > endMonth ? 'scheduled' : 'held');
  const boards = withAhead.map((month): DemoMeeting => {
    const base = { id: `gpb-${month}`, type: 'gpb', date: nthWeekday(month, 3, 2) };
    if (month === postponedBoardMonth(endMonth))
      return {
        ...base,
        status: 'postponed',
        reason:
          'The Chief Constable was required at a national policing meeting; the weekly meetings continued.',
      };
    return {
      ...base,
      focus_topic: DEMO_FOCUS_TOPICS[monthParts(month).monthNumber - 1],
      status: status(month),
    };
  });
  const weekly = tuesdays(months).map(
    (date): DemoMeeting => ({
      id: `hta-${date}`,
      type: 'holding_to_account',
      date,
    }),
  );
  const quarterly = (type: string, monthNumbers: readonly number[], weekday: number, n: number) =>
    withAhead
      .filter((m) => monthNumbers.includes(monthParts(m).monthNumber))
      .map((month): DemoMeeting => {
        const date = nthWeekday(month, weekday, n);
        return { id: `${type}-${date}`, type, date, status: status(month) };
      });
  const panels = quarterly('panel', [3, 6, 9, 12], 4, 3);
  const lastPanel = panels.filter((p) => p.status === 'held').at(-1);
  const workingGroup: DemoMeeting[] = lastPanel
    ? [
        {
          id: `pwg-${lastPanel.date.slice(0, 7)}`,
          type: 'panel_working_group',
          date: dayIn(lastPanel.date.slice(0, 7), 2),
          notes:
            'The OPCC introduced its report on cyber crime and fraud at the request of the working group.',
        },
      ]
    : [];
  const audit = quarterly('jasc', [1, 4, 7, 10], 3, 2);
  return [...boards, ...weekly, ...panels, ...workingGroup, ...audit].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}
