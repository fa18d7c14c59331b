/**
 * Demo decisions and key activities, spread over the two years and filed under the standing agenda
 * items, with the Plan objective and theme each one serves. Written in the register of a real Panel
 * report; every event is invented.
 */
import { addMonths, type Month } from '../../stats/calendar.js';
import { dayIn } from './dates.js';

export function demoDecisions(endMonth: Month, area: string): object[] {
  const at = (back: number, d: number) => dayIn(addMonths(endMonth, -back), d);
  const year = (date: string) => date.slice(0, 4);
  const decisions = [
    {
      back: 13,
      d: 6,
      agenda_item: 'financial_summary',
      title: 'Police budget and council tax precept',
      text: `Set the ${area} police budget and the policing element of council tax after the Panel's review of the proposed precept.`,
    },
    {
      back: 10,
      d: 19,
      agenda_item: 'grants_and_commissioning',
      title: 'Victim services contract extension',
      text: 'Extended the general victim support contract by twelve months while victims\u2019 needs are reassessed.',
      amount: 912_000,
      objective: 'keep_people_safe',
    },
    {
      back: 7,
      d: 4,
      agenda_item: 'climate_and_sustainability',
      title: 'Charging points for the police fleet',
      text: 'Approved capital funding for forty charging points at police stations, so that more of the fleet can be electric.',
      amount: 240_000,
    },
    {
      back: 4,
      d: 22,
      agenda_item: 'key_activities_and_decisions',
      title: 'Prevent Duty Coordinator contribution',
      text: 'Renewed the contribution to the county Prevent Duty Coordinator hosted by the county council.',
      amount: 25_000,
      objective: 'strengthen_communities',
    },
    {
      back: 1,
      d: 8,
      agenda_item: 'financial_summary',
      title: 'Police budget and council tax precept',
      text: `Set the ${area} police budget and the policing element of council tax for the coming year.`,
    },
    {
      back: 0,
      d: 11,
      agenda_item: 'plan_progress',
      title: 'Consultation on the next Police and Crime Plan',
      text: 'Appointed consultants to run telephone, online and face-to-face consultation on the next Plan with a representative sample of residents.',
      amount: 45_000,
    },
  ];
  return decisions.map(({ back, d, ...rest }, i) => {
    const date = at(back, d);
    return { id: `PCC-D-${year(date)}-${String(i + 1).padStart(2, '0')}`, date, ...rest };
  });
}

export function demoActivities(endMonth: Month, area: string): object[] {
  const at = (back: number, d: number) => dayIn(addMonths(endMonth, -back), d);
  return [
    {
      date: at(20, 10),
      agenda_item: 'plan_progress',
      objective: 'fight_crime',
      theme: 'violent_crime',
      title: 'Serious Violence Duty',
      text: `The office supported the ${area} Serious Violence Prevention Partnership in completing its strategic needs assessment.`,
      measures: ['violence_with_injury', 'knife_crime'],
    },
    {
      date: at(16, 3),
      agenda_item: 'emerging_issues',
      objective: 'keep_people_safe',
      theme: 'vulnerability',
      title: 'Right Care Right Person',
      text: 'The office joined the programme board overseeing the phased introduction of Right Care Right Person with health partners.',
    },
    {
      date: at(12, 14),
      agenda_item: 'criminal_justice',
      objective: 'fight_crime',
      theme: 'reducing_reoffending',
      title: 'Integrated Offender Management Delivery Board',
      text: 'A new delivery board for Integrated Offender Management met for the first time, with the office as a member.',
    },
    {
      date: at(9, 21),
      agenda_item: 'governance_and_holding_to_account',
      title: 'Professional standards assurance',
      text: 'The Commissioner met the Head of Professional Standards to review vetting, anti-corruption and complaints data.',
    },
    {
      date: at(6, 7),
      agenda_item: 'climate_and_sustainability',
      title: 'Estate energy use',
      text: 'The joint estates board reported a fall in energy use at police buildings following lighting and heating upgrades.',
    },
    {
      date: at(3, 16),
      agenda_item: 'plan_progress',
      objective: 'keep_people_safe',
      theme: 'road_safety',
      title: 'Road safety week',
      text: 'The office and the force took part in road safety week with education and enforcement events across the county.',
    },
    {
      date: at(2, 5),
      agenda_item: 'plan_progress',
      objective: 'fight_crime',
      theme: 'serious_organised_crime',
      title: 'Clear, Hold, Build',
      text: 'The partnership response to the national Clear, Hold, Build approach began in its first neighbourhood.',
      measures: ['ocg_disruptions'],
    },
    {
      date: at(1, 17),
      agenda_item: 'governance_and_holding_to_account',
      objective: 'strengthen_communities',
      theme: 'involving_communities',
      title: 'Custody Detention Independent Scrutiny Panel',
      text: 'The new scrutiny panel held its first meeting, on respect and dignity in custody; its recommendations go to the force through the Board.',
    },
    {
      date: at(1, 24),
      agenda_item: 'criminal_justice',
      title: 'Local Criminal Justice Board',
      text: 'The Commissioner chaired the Local Criminal Justice Board, which reviewed court backlogs and outcomes for victims of sexual violence.',
    },
    {
      date: at(0, 4),
      agenda_item: 'ncpm',
      title: 'National Crime and Policing Measures statement',
      text: 'The quarterly statement on the National Crime and Policing Measures was published on the Commissioner\u2019s website.',
    },
    {
      date: at(0, 18),
      agenda_item: 'communications_and_engagement',
      title: 'Plan consultation launched',
      text: 'Consultation on the next Police and Crime Plan opened online and at engagement events.',
    },
  ];
}
