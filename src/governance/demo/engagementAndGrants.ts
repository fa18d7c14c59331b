/** Demo engagement events, grants and commissioned services for a fictional force area. */
import { addMonths, financialYearOf, type Month } from '../../stats/calendar.js';
import { financialYearLabel } from '../periods.js';
import { dayIn } from './dates.js';

const EVENTS = [
  { audience: 'independent retailers', topic: 'shop theft and violence against shop workers' },
  { audience: 'road safety partners', topic: 'the road safety partnership conference' },
  { audience: 'Neighbourhood Watch coordinators', topic: 'the Neighbourhood Watch annual general meeting' },
  { audience: 'parish councillors and residents', topic: 'progress against the Police and Crime Plan' },
  {
    audience: 'prospective volunteers',
    topic: 'the independent custody visiting and appropriate adult schemes',
  },
  { audience: 'young people', topic: 'knife crime and staying safe' },
  { audience: 'farmers and rural businesses', topic: 'rural crime and the theft of farm machinery' },
  { audience: 'faith communities', topic: 'reporting hate crime' },
];

/** An event every other month, and one in each of the last three months. */
export function demoEngagement(months: readonly Month[], towns: readonly string[]): object[] {
  return months
    .filter((_, i) => i % 2 === 1 || i >= months.length - 3)
    .map((month, i) => ({
      date: dayIn(month, 8 + (i % 4) * 5),
      place: towns[i % towns.length],
      ...EVENTS[i % EVENTS.length],
      attended_by: [i % 3 === 2 ? 'DPCC' : 'PCC'],
    }));
}

/** Hotspot patrol locations by town: 18 in all, as in the reference report's fund. */
const HOTSPOT_COUNTS = [6, 5, 3, 2, 1, 1];

export function demoGrants(endMonth: Month, area: string, towns: readonly string[]): object[] {
  const fy = financialYearOf(endMonth);
  const period = { from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
  const label = financialYearLabel(fy);
  const lastDay = dayIn(endMonth, 28);
  // Updates only up to the end of the data: the demo's records never run ahead of it.
  const updates = [
    { date: `${fy}-05-01`, text: 'Enhanced uniformed patrols began at all 18 hotspot locations.' },
    {
      date: `${fy}-10-15`,
      text: 'Mid-year review: patrol hours delivered as planned; the council wardens joined patrols in two towns.',
    },
  ].filter((u) => u.date <= lastDay);
  const announced = dayIn(addMonths(`${fy}-04`, -4), 12);
  return [
    {
      id: `hotspot-response-${label.replace('/', '-')}`,
      kind: 'grant_received',
      provider: 'Home Office',
      service: `Anti-social Behaviour Hotspot Response Fund ${label}`,
      amount: 1_000_000,
      announced,
      period,
      outcomes: ['An enhanced uniformed presence in anti-social behaviour and serious violence hotspots.'],
      locations: HOTSPOT_COUNTS.map((count, i) => ({ town: towns[i] ?? `Town ${i + 1}`, count })),
      updates,
    },
    {
      id: `serious-violence-duty-${label.replace('/', '-')}`,
      kind: 'grant_received',
      provider: 'Home Office',
      service: 'Serious Violence Duty grant',
      amount: 286_500,
      period,
      outcomes: [`Interventions chosen by the ${area} Serious Violence Prevention Partnership.`],
    },
    {
      id: 'victim-services',
      kind: 'commissioned_service',
      provider: `${area} Victims' Hub`,
      service: 'General victim support and restorative justice',
      amount: 912_000,
      period,
      outcomes: ['Needs assessment within 2 working days of referral for every victim who accepts support.'],
    },
    {
      id: 'sexual-violence-support',
      kind: 'commissioned_service',
      provider: `${area} Rape and Sexual Abuse Support`,
      service: 'Independent sexual violence advisers and counselling',
      amount: 348_000,
      period,
    },
    {
      id: 'community-safety-fund',
      kind: 'grant_awarded',
      provider: `Office of the Police and Crime Commissioner for ${area}`,
      service: 'Community safety small grants',
      amount: 60_000,
      announced: `${fy}-06-03`,
      period,
      outcomes: ['Grants of up to £5,000 to local groups for crime prevention projects.'],
    },
  ].filter((g) => g.announced === undefined || g.announced <= lastDay);
}
