/**
 * The site model: everything the public website shows, gathered from the workspace once
 * (gather/gatherSite.ts) and already stripped of anything not public (src/publication). The pages
 * are written from this model and nothing else, so what can appear on the site is decided here.
 */
import type { FocusTopicMonth, QuestionFacts } from '../governance/index.js';
import type { District, DistrictFigures } from '../measures/districtFigures.js';
import type { DistrictSeriesResult } from '../measures/districtSeries.js';
import type { MeasureJson, MeasuresResult } from '../measures/result.js';
import type { Period } from '../stats/calendar.js';

/** One quarterly statement found in out/statements/<2023-24-q4>/. */
export interface SiteStatement {
  /** The folder name, e.g. '2023-24-q4': also its folder on the site. */
  readonly folder: string;
  /** 'Q4 2023/24'. */
  readonly label: string;
  /** The quarter's last month, for ordering. */
  readonly lastMonth: string;
  /** When the statement was generated (figures.json generatedAt, else the HTML file's time), ISO. */
  readonly updatedAt: string;
  /** Absolute paths of the formats found; html is required for a statement to be listed. */
  readonly files: {
    readonly html: string;
    readonly pdf?: string;
    readonly docx?: string;
    /** figures.json: republished with the public measures only (publicFigures). */
    readonly json?: string;
  };
  /** figures.json as the site republishes it: through the publication filter, OFFICIAL. */
  readonly publicFigures?: string;
  /** The content of statement.html between <main> and </main>, shown inside the site's page. */
  readonly mainHtml: string;
}

/** One analysts' commentary file of the site's quarter: commentary/<period>/<priority>.md. */
export interface SiteCommentary {
  /** A priority id, or 'overview'. */
  readonly name: string;
  readonly text: string;
}

export type SiteDistrict = District;

/**
 * Measure id -> district slug -> the measure's figures in that district (the 12-month comparison
 * and its exact test, the rate, each month's 3-year average), for every measure with district pages
 * and every district: worked out once by the gather step (src/jobs/site/gather), never by a page.
 */
export type SiteDistrictFigures = ReadonlyMap<string, ReadonlyMap<string, DistrictFigures>>;

export interface SiteGovernance {
  /** The Board's focus topics, month by month, for the financial year of the site's period. */
  readonly focusTopics: readonly FocusTopicMonth[];
  readonly focusYear: string;
  /** Every question as it stands now (public measures only), oldest first. */
  readonly questions: readonly QuestionFacts[];
}

export interface SiteModel {
  readonly organisation: string;
  readonly force: { readonly name: string; readonly area: string; readonly population: number };
  readonly commissioner: { readonly title: string; readonly name: string; readonly office: string };
  /** The quarter the measure pages report. */
  readonly period: Period;
  /** The measures result for the period, public measures only. */
  readonly result: MeasuresResult;
  /** Monthly counts per district of public measures (empty when the data has no districts). */
  readonly districtSeries: DistrictSeriesResult;
  readonly districts: readonly SiteDistrict[];
  /** The figures the district pages and downloads show; the measures with district pages are its keys. */
  readonly districtFigures: SiteDistrictFigures;
  /** Newest first. */
  readonly statements: readonly SiteStatement[];
  readonly commentary: readonly SiteCommentary[];
  readonly governance: SiteGovernance;
  /** When the site was built, ISO (injected so output can be reproduced). */
  readonly builtAt: string;
  readonly version: string;
}

export type { MeasureJson };
