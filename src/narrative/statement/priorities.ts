/** The six national priorities as the statement names them (Home Office wording, domain brief 1.1). */
import type { Priority } from '../../catalogue/measures/schema.js';

export const PRIORITY_TITLES: Readonly<Record<Priority, string>> = {
  homicide: 'Reduce murder and other homicides',
  serious_violence: 'Reduce serious violence',
  drugs_county_lines: 'Disrupt drugs supply and county lines',
  neighbourhood_crime: 'Reduce neighbourhood crime',
  cyber_crime: 'Tackle cyber crime',
  victim_satisfaction:
    'Improve satisfaction among victims, with a particular focus on victims of domestic abuse',
};

/** Heading ids: 'priority-serious-violence'. */
export function priorityId(priority: Priority): string {
  return `priority-${priority.replace(/_/g, '-')}`;
}
