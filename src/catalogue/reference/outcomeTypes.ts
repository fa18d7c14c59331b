/**
 * Home Office crime outcome types 0-22 (domain brief §3.1, confirmed) and the outcome group each
 * belongs to. The group names are confirmed (Gwent FOI list, brief §3.2) but that list is cut off,
 * so which type sits in which group is partly general knowledge: `groupConfirmed` says which.
 * Which types count as 'action taken' or 'positive' varies by force and lives in the workspace
 * configuration (outcomes.action_taken), not here.
 */
export const OUTCOME_GROUPS = [
  'Not yet assigned an outcome',
  'Charged/Summonsed',
  'Out-of-court (formal)',
  'Out-of-court (informal)',
  'Taken into consideration',
  'Prosecution prevented or not in the public interest',
  'Evidential difficulties (suspect identified; victim supports action)',
  'Evidential difficulties (victim does not support action)',
  'Investigation complete - no suspect identified',
  'National Fraud Intelligence Bureau',
  'Responsibility transferred to another body',
  'Further investigation not in the public interest - police decision',
  'Diversionary, educational or intervention activity',
] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

export interface OutcomeType {
  readonly type: number;
  readonly description: string;
  readonly group: OutcomeGroup;
  readonly groupConfirmed: boolean;
  /** Date the type came into force, when it is later than the framework (April 2014). */
  readonly since?: string;
}

const t = (
  type: number,
  description: string,
  group: OutcomeGroup,
  groupConfirmed: boolean,
  since?: string,
): OutcomeType => ({ type, description, group, groupConfirmed, ...(since ? { since } : {}) });

export const OUTCOME_TYPES: readonly OutcomeType[] = [
  t(0, 'Not yet assigned an outcome', 'Not yet assigned an outcome', true),
  t(1, 'Charged or summonsed', 'Charged/Summonsed', true),
  t(2, 'Caution - youths', 'Out-of-court (formal)', true),
  t(3, 'Caution - adults', 'Out-of-court (formal)', true),
  t(4, 'Taken into consideration (TIC)', 'Taken into consideration', true),
  t(5, 'Offender died', 'Prosecution prevented or not in the public interest', false),
  t(6, 'Penalty notice for disorder', 'Out-of-court (formal)', true),
  t(7, 'Cannabis or khat warning', 'Out-of-court (formal)', false),
  t(8, 'Community resolution', 'Out-of-court (informal)', true),
  t(9, 'Not in the public interest (CPS)', 'Prosecution prevented or not in the public interest', false),
  t(10, 'Not in the public interest (police)', 'Prosecution prevented or not in the public interest', false),
  t(
    11,
    'Prosecution prevented - suspect under age',
    'Prosecution prevented or not in the public interest',
    false,
  ),
  t(
    12,
    'Prosecution prevented - suspect too ill',
    'Prosecution prevented or not in the public interest',
    false,
  ),
  t(
    13,
    'Prosecution prevented - victim or key witness dead or too ill',
    'Prosecution prevented or not in the public interest',
    false,
  ),
  t(
    14,
    'Evidential difficulties: suspect not identified; victim does not support further action',
    'Evidential difficulties (victim does not support action)',
    false,
  ),
  t(
    15,
    'Evidential difficulties: suspect identified; victim supports action',
    'Evidential difficulties (suspect identified; victim supports action)',
    true,
  ),
  t(
    16,
    'Evidential difficulties: suspect identified; victim does not support (or withdraws support for) action',
    'Evidential difficulties (victim does not support action)',
    true,
  ),
  t(17, 'Prosecution time limit expired', 'Prosecution prevented or not in the public interest', false),
  t(
    18,
    'Investigation complete - no suspect identified',
    'Investigation complete - no suspect identified',
    true,
  ),
  t(19, 'National Fraud Intelligence Bureau fraud case', 'National Fraud Intelligence Bureau', false),
  t(
    20,
    'Responsibility for further investigation transferred to another body',
    'Responsibility transferred to another body',
    true,
  ),
  t(
    21,
    'Further investigation to support formal action not in the public interest - police decision',
    'Further investigation not in the public interest - police decision',
    true,
    '2016-01-01',
  ),
  t(
    22,
    'Diversionary, educational or intervention activity undertaken; not in the public interest to take further action',
    'Diversionary, educational or intervention activity',
    true,
    '2019-04-01',
  ),
];

export function outcomeType(type: number): OutcomeType | undefined {
  return Number.isInteger(type) ? OUTCOME_TYPES[type] : undefined;
}

/** Parse an outcome code as a file writes it ('1', ' 16 ', '07'); undefined unless 0..22. */
export function parseOutcomeType(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string' || !/^\s*\d{1,2}\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 0 && value <= 22 ? value : undefined;
}
