/**
 * The six National Crime and Policing Measures priorities, in the Government's order and words
 * (as the reference Panel report lists them). The board groups its rows under these headings.
 */
import type { Priority } from '../catalogue/measures/schema.js';

export const PRIORITY_TITLES: Readonly<Record<Priority, string>> = {
  homicide: 'Reduce murder and other homicides',
  serious_violence: 'Reduce serious violence',
  drugs_county_lines: 'Disrupt drugs supply and county lines',
  neighbourhood_crime: 'Reduce neighbourhood crime',
  cyber_crime: 'Tackle cyber-crime',
  victim_satisfaction: 'Improve satisfaction among victims',
};

const ORDER = Object.keys(PRIORITY_TITLES);

/** The priority's title; a priority the catalogue adds later is shown by its id rather than lost. */
export function priorityTitle(priority: string): string {
  return (PRIORITY_TITLES as Readonly<Record<string, string>>)[priority] ?? priority;
}

/** Position in the Government's order; unknown priorities sort after the six. */
export function priorityRank(priority: string): number {
  const i = ORDER.indexOf(priority);
  return i < 0 ? ORDER.length : i;
}
