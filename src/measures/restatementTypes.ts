/**
 * The shapes of restated figures as figures.json holds them (restatements.ts computes them;
 * docs/measures-json.md describes them field by field).
 */

/** A statement's period: 'Q2 2025/26', first and last month 'YYYY-MM'. */
export interface StatementPeriod {
  readonly label: string;
  readonly first: string;
  readonly last: string;
}

export type RestatementReason =
  /** police.uk republished the months in a later archive. */
  | {
      readonly kind: 'archive';
      readonly months: readonly string[];
      readonly previousArchive: string | null;
      readonly newArchive: string | null;
    }
  /** Another Home Office or ONS file (a newer release) supplies the months. */
  | {
      readonly kind: 'release';
      readonly months: readonly string[];
      readonly previousFile: string;
      readonly newFile: string;
    }
  /** A newer force extract supplies the months. */
  | {
      readonly kind: 'extract';
      readonly months: readonly string[];
      readonly previousDate: string | null;
      readonly newDate: string | null;
    }
  /** The catalogue's definition of the measure (what it counts) changed. */
  | { readonly kind: 'definition' }
  /** A rate's 'action taken' outcome types or rate basis (workspace settings) changed. */
  | { readonly kind: 'rate_settings' }
  /** The same files as before: the store knows no reason. */
  | { readonly kind: 'unknown'; readonly months: readonly string[] };

export interface RestatedMonth {
  readonly month: string;
  readonly previous: number;
  readonly now: number;
}

export interface RestatementJson {
  readonly measureId: string;
  readonly title: string;
  readonly kind: 'count' | 'rate';
  /** The previous statement's period, whose figure it printed. */
  readonly period: StatementPeriod;
  /** That period's figure as printed, and as the data give it now (null when it cannot be recomputed). */
  readonly previous: number | null;
  readonly now: number | null;
  readonly months: readonly RestatedMonth[];
  readonly reasons: readonly RestatementReason[];
}

export interface RestatementsJson {
  /** The previous statement's period and when it was written; null when there is none. */
  readonly comparedWith: { readonly period: StatementPeriod; readonly generatedAt: string } | null;
  /** True when the previous statement's figures.json could not be read: nothing was compared. */
  readonly unreadable?: boolean;
  readonly figures: readonly RestatementJson[];
}
