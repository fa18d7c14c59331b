/**
 * data.police.uk vocabularies: the 14 street-file crime types and the outcome strings of the
 * street file's `Last outcome category` and the outcomes file's `Outcome type`
 * (domain brief §3.3-3.4). The strings are confirmed; the Home Office outcome each one most likely
 * stands for is NOT confirmed anywhere public, so every mapping carries `mappingConfirmed: false`.
 */

/** The 14 `Crime type` values of a street file (the API's /crime-categories adds `all-crime`). */
export const POLICE_UK_CRIME_TYPES = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
] as const;
export type PoliceUkCrimeType = (typeof POLICE_UK_CRIME_TYPES)[number];

/** The one crime type that is not a crime: its rows have an empty Crime ID and no outcome. */
export const ANTI_SOCIAL_BEHAVIOUR: PoliceUkCrimeType = 'Anti-social behaviour';

export interface PoliceUkOutcome {
  /** Exactly as the CSV files write it. */
  readonly text: string;
  /** The API's outcome-category id, where a public source names it. */
  readonly apiId?: string;
  /** Home Office outcome types (0-22) this string most likely stands for; empty when none. */
  readonly likelyHomeOfficeOutcomes: readonly number[];
  readonly mappingConfirmed: false;
  /** True for court results that follow a charge (never a Home Office outcome in themselves). */
  readonly court?: true;
}

const o = (
  text: string,
  likelyHomeOfficeOutcomes: readonly number[],
  apiId?: string,
  court?: true,
): PoliceUkOutcome => ({
  text,
  likelyHomeOfficeOutcomes,
  mappingConfirmed: false,
  ...(apiId === undefined ? {} : { apiId }),
  ...(court === undefined ? {} : { court }),
});

/** Every outcome string of brief §3.3 (the blank of anti-social behaviour rows aside). */
export const POLICE_UK_OUTCOMES: readonly PoliceUkOutcome[] = [
  o('Investigation complete; no suspect identified', [14, 18], 'no-further-action'),
  o('Unable to prosecute suspect', [5, 11, 12, 13, 15, 16, 17], 'unable-to-prosecute'),
  o('Status update unavailable', [], 'status-update-unavailable'),
  o('Court result unavailable', [1], undefined, true),
  o('Court case unable to proceed', [1], undefined, true),
  o('Awaiting court outcome', [1], 'awaiting-court-result', true),
  o('Under investigation', [0], 'under-investigation'),
  o('Local resolution', [8], 'local-resolution'),
  o('Offender given a caution', [2, 3], 'cautioned'),
  o('Offender given a drugs possession warning', [7], 'drugs-possession-warning'),
  o('Offender given penalty notice', [6], 'penalty-notice-issued'),
  o('Formal action is not in the public interest', [9, 10], 'formal-action-not-in-public-interest'),
  o(
    'Further investigation is not in the public interest',
    [21],
    'further-investigation-not-in-public-interest',
  ),
  o('Further action is not in the public interest', [22], 'further-action-not-in-public-interest'),
  o('Action to be taken by another organisation', [20], 'action-taken-by-another-organisation'),
  o('Suspect charged', [1], 'charged'),
  o('Suspect charged as part of another case', [4]),
  o('Defendant sent to Crown Court', [1], 'sent-to-crown-court', true),
  o('Defendant found not guilty', [1], undefined, true),
  o('Offender sent to prison', [1], undefined, true),
  o('Offender given suspended prison sentence', [1], undefined, true),
  o('Offender given community sentence', [1], undefined, true),
  o('Offender fined', [1], undefined, true),
  o('Offender given conditional discharge', [1], undefined, true),
  o('Offender given absolute discharge', [1], undefined, true),
  o('Offender ordered to pay compensation', [1], undefined, true),
  o('Offender deprived of property', [1], undefined, true),
  o('Offender otherwise dealt with', [1], undefined, true),
];

const byText = new Map(POLICE_UK_OUTCOMES.map((entry) => [entry.text, entry]));

export function policeUkOutcome(text: string): PoliceUkOutcome | undefined {
  return byText.get(text.trim());
}

/**
 * The police.uk string a Home Office outcome most likely appears as (brief §3.3, NOT confirmed).
 * Outcome 1 is published as 'Suspect charged' and later replaced by a court result.
 * Outcome 19 (fraud for the National Fraud Intelligence Bureau) has no likely string.
 */
export function likelyPoliceUkOutcomeText(homeOfficeOutcome: number): string | undefined {
  if (homeOfficeOutcome === 1) return 'Suspect charged';
  if (homeOfficeOutcome === 0) return 'Under investigation';
  return POLICE_UK_OUTCOMES.find(
    (entry) => entry.court !== true && entry.likelyHomeOfficeOutcomes.includes(homeOfficeOutcome),
  )?.text;
}
