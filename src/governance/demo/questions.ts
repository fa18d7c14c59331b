/**
 * Demo scrutiny questions, modelled on those the reference report carries forward: raised in the
 * OPCC Performance Scrutiny report two quarters before the latest one; some answered, some open, one
 * recommendation closed during the latest quarter, one raised in the previous quarter's report.
 */
import { addMonths, type Month } from '../../stats/calendar.js';
import { dayIn, lastCompleteQuarterEnd, quarterLabel } from './dates.js';

const REPORT = 'OPCC Performance Scrutiny report';

export function demoQuestions(endMonth: Month): object[] {
  const latest = lastCompleteQuarterEnd(endMonth);
  const raisedFor = addMonths(latest, -6);
  // The report on a quarter goes to the Board in the second month after it ends.
  const raisedMonth = addMonths(raisedFor, 2);
  const raised = dayIn(raisedMonth, 14);
  const inReport = (quarterEnd: Month) => ({ report: REPORT, period: quarterLabel(quarterEnd) });
  const after = (months: number, d: number) => dayIn(addMonths(raisedMonth, months), d);
  const common = { raised_in: inReport(raisedFor), date: raised };
  const earlier = addMonths(raisedFor, -3);
  const previous = addMonths(latest, -3);
  return [
    {
      id: 'SQ-001',
      ...common,
      meeting: `gpb-${raisedMonth}`,
      measures: ['robbery_action_taken'],
      text: "the specific measures the force were taking to improve the 'action taken' outcome rates for robbery",
      status: 'open',
    },
    {
      id: 'SQ-002',
      ...common,
      meeting: `gpb-${raisedMonth}`,
      measures: ['vehicle_offences_action_taken'],
      text: "the specific measures the force were taking to improve the 'action taken' outcome rates for vehicle crime",
      status: 'open',
      follow_ups: [
        {
          date: after(2, 20),
          text: 'Raised again at the Board; a problem-solving plan for repeat thefts from vans was requested.',
        },
      ],
    },
    {
      id: 'SQ-003',
      ...common,
      measures: ['satisfaction_burglary', 'satisfaction_domestic_abuse'],
      text: "victim satisfaction rates, with particular concern regarding the poor 'follow-up' measure for burglary victims",
      response: {
        text: 'All residential burglary investigations are now allocated to detectives in the Serious Acquisitive Crime Teams, who contact the victim within 48 hours.',
        date: after(2, 9),
      },
      status: 'partly_assured',
    },
    {
      id: 'SQ-004',
      ...common,
      measures: ['drug_related_homicide'],
      text: 'what arrangements are to be made for the capture of NCPM data in respect of drug-related homicide',
      response: {
        text: 'Owing to the low volume of homicide the force does not disaggregate drug-related homicide in its performance framework; the figure is available nationally through the Digital Crime and Performance Pack.',
        date: after(1, 23),
      },
      status: 'assured',
    },
    {
      id: 'SQ-005',
      ...common,
      measures: ['cyber_action_fraud_advice'],
      text: 'what arrangements are to be made for the capture of NCPM data in respect of cyber crime and its inclusion in the performance reports',
      response: {
        text: 'Cyber crime measures are reported to the Proactive and Preventative Steering Group; reporting is moving to the national system for recording cyber disruptions.',
        date: after(2, 27),
      },
      status: 'answered',
    },
    {
      id: 'SQ-006',
      kind: 'recommendation',
      raised_in: inReport(earlier),
      date: dayIn(addMonths(earlier, 2), 12),
      measures: ['violence_with_injury_action_taken'],
      text: "a focus on improving the 'action taken' outcome rate for violence with injury",
      response: {
        text: 'The force adopted a violence outcomes improvement plan, reviewed monthly by the Deputy Chief Constable.',
        date: dayIn(addMonths(earlier, 3), 17),
      },
      status: 'closed',
      closed: dayIn(addMonths(latest, -2), 25),
    },
    {
      id: 'SQ-007',
      kind: 'recommendation',
      raised_in: inReport(previous),
      date: dayIn(addMonths(previous, 2), 13),
      measures: ['residential_burglary_action_taken'],
      text: 'raising awareness of car key burglary prevention through social media and leaflet drops to high-risk properties',
      status: 'open',
    },
  ];
}
