/**
 * The ten standing agenda items of the Commissioner's report to the Police and Crime Panel, in the
 * order and wording of the reference report (Warwickshire, 20 June 2024). Decisions and activities
 * name one of these ids; the Panel report prints every item, saying so when it has no records.
 */
export const STANDING_AGENDA_ITEMS = [
  {
    id: 'key_activities_and_decisions',
    number: 1,
    title: 'Details of key activities and decisions taken since the previous meeting',
  },
  { id: 'emerging_issues', number: 2, title: 'Details of any emerging local and national issues' },
  { id: 'climate_and_sustainability', number: 3, title: 'Climate change and sustainability considerations' },
  { id: 'plan_progress', number: 4, title: 'Progress made against Police and Crime Plan objectives' },
  { id: 'criminal_justice', number: 5, title: 'Criminal Justice System considerations' },
  {
    id: 'governance_and_holding_to_account',
    number: 6,
    title: 'Governance and holding to account activities',
  },
  { id: 'ncpm', number: 7, title: 'National Crime and Policing Measures' },
  { id: 'communications_and_engagement', number: 8, title: 'Communications and engagement activities' },
  { id: 'grants_and_commissioning', number: 9, title: 'Grants and commissioning' },
  { id: 'financial_summary', number: 10, title: 'Financial summary' },
] as const;

export type StandingItem = (typeof STANDING_AGENDA_ITEMS)[number];
export type StandingItemId = StandingItem['id'];

export const STANDING_ITEM_IDS = STANDING_AGENDA_ITEMS.map((item) => item.id) as [
  StandingItemId,
  ...StandingItemId[],
];

/**
 * Which standing item the records without an `agenda_item` of their own belong to: meetings and
 * questions are holding-to-account work, engagement events are engagement, grants are grants.
 */
export const ITEM_OF_RECORD_KIND = {
  meetings: 'governance_and_holding_to_account',
  questions: 'governance_and_holding_to_account',
  engagement: 'communications_and_engagement',
  grants: 'grants_and_commissioning',
} as const satisfies Record<string, StandingItemId>;
