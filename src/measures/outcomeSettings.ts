/** How 'action taken' outcome rates are counted (workspace config `outcomes`). */
export type RateBasis = 'assigned_in_period' | 'of_crimes_recorded_in_period';

export interface OutcomeSettings {
  /** Home Office outcome types counted as 'action taken'. */
  readonly actionTaken: readonly number[];
  readonly rateBasis: RateBasis;
}
