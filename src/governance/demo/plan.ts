/** The demo Police and Crime Plan: four objectives with themes, each linked to catalogue measures. */
import { financialYearOf, type Month } from '../../stats/calendar.js';

export function demoPlan(endMonth: Month, area: string): object {
  // A four-year plan that began two financial years before the end of the data.
  const start = financialYearOf(endMonth) - 2;
  return {
    title: `${area} Police and Crime Plan ${start}-${start + 4}`,
    published: `${start}-03-31`,
    period: { from: `${start}-04-01`, to: `${start + 4}-03-31` },
    objectives: [
      {
        id: 'fight_crime',
        title: 'Fight crime and reduce offending',
        measures: ['homicide', 'violence_with_injury', 'robbery', 'knife_crime', 'firearms_offences'],
        themes: [
          { id: 'violent_crime', title: 'Violent crime', measures: ['violence_with_injury', 'knife_crime'] },
          { id: 'serious_organised_crime', title: 'Serious organised crime', measures: ['ocg_disruptions'] },
          { id: 'reducing_reoffending', title: 'Reducing reoffending' },
        ],
      },
      {
        id: 'visible_policing',
        title: 'Deliver visible and effective policing',
        measures: ['neighbourhood_crime', 'residential_burglary', 'vehicle_offences'],
        themes: [
          {
            id: 'neighbourhood_policing',
            title: 'Neighbourhood policing',
            measures: ['neighbourhood_crime'],
          },
        ],
      },
      {
        id: 'keep_people_safe',
        title: 'Keep people safe and reduce harm',
        measures: ['satisfaction_domestic_abuse', 'drug_related_homicide'],
        themes: [
          {
            id: 'vawg',
            title: 'Violence against women and girls',
            measures: ['satisfaction_domestic_abuse'],
          },
          { id: 'vulnerability', title: 'Vulnerability' },
          { id: 'road_safety', title: 'Road safety' },
        ],
      },
      {
        id: 'strengthen_communities',
        title: 'Strengthen communities',
        measures: ['satisfaction_burglary', 'cyber_action_fraud_advice'],
        themes: [
          { id: 'involving_communities', title: 'Involving communities' },
          { id: 'crime_prevention', title: 'Crime prevention', measures: ['cyber_action_fraud_advice'] },
          { id: 'partnership_working', title: 'Partnership working' },
        ],
      },
    ],
  };
}
