/**
 * The board pack as plain data, before it becomes a document: what the Governance and Performance
 * Board sees for each measure and why a row is an exception. Built by buildBoard.ts from the
 * measures result; rendered by boardDocument.ts (Markdown and the document model) and
 * render/boardHtml.ts (HTML and PDF). Nothing here is computed again by a renderer.
 */

import type { Classification } from '../document/model.js';
import type { QuestionFacts } from '../governance/index.js';
import type { OfficerNumbersJson } from '../measures/figureTypes.js';
import type { RestatementsJson } from '../measures/restatements.js';
import type { MeasureJson } from '../measures/result.js';
import type { AssuranceIcon, VariationIcon } from '../report/charts/mdcIcons.js';
import type { NumberStyle } from '../stats/numberStyle.js';
import type { ExceptionReason } from './icons.js';

/** A figure as the table prints it; `text` undefined when the figure is not available. */
export interface BoardValue {
  readonly text?: string;
  /** A second, smaller line: what a rate is made of, whether a target is met, an average's verdict. */
  readonly note?: string;
  /** Why there is no figure, for the reader who asks. */
  readonly reason?: string;
}

export interface SparklinePoint {
  readonly month: string;
  readonly value: number;
}

export interface BoardRow {
  readonly measure: MeasureJson;
  readonly unit: 'count' | 'percent';
  readonly latest: BoardValue;
  readonly previous: BoardValue;
  readonly yearEarlier: BoardValue;
  readonly threeYearAverage: BoardValue;
  readonly target: BoardValue;
  /** Undefined when SPC could not be computed (too few months). */
  readonly variation?: VariationIcon;
  /** Undefined when there is no target, or the direction is neutral. */
  readonly assurance?: AssuranceIcon;
  /** Why there is no assurance icon, in words ('No target'). */
  readonly assuranceAbsent: string;
  readonly peerRank: BoardValue;
  /** Counts: the latest 12 months against the NCPM baseline 12 months (the change and its test). */
  readonly baseline: BoardValue;
  /** Measures the published tables cover: the rank among the 43 forces, the rate per 1,000 as note. */
  readonly national: BoardValue;
  /** The last (up to) SPARKLINE_MONTHS months to the end of the period: as many as the series has. */
  readonly sparkline: readonly SparklinePoint[];
  /** Open scrutiny questions about the measure; undefined when the workspace has no governance records. */
  readonly questions?: readonly QuestionFacts[];
  /** Empty for a row that is no exception. */
  readonly reasons: readonly ExceptionReason[];
}

export interface BoardGroup {
  readonly priority: string;
  readonly title: string;
  readonly rows: readonly BoardRow[];
}

/** A column heading and the period it shows: 'Previous month', 'February 2024'. */
export interface ColumnLabel {
  readonly heading: string;
  readonly period: string;
}

export interface BoardColumns {
  readonly latest: ColumnLabel;
  readonly previous: ColumnLabel;
  readonly yearEarlier: ColumnLabel;
  /** What the sparklines draw, from the rows shown: 'Last 24 months', 'Oct 2024 to Sep 2026'. */
  readonly sparkline: ColumnLabel;
}

export interface BoardPack {
  readonly forceName: string;
  readonly organisation: string;
  readonly periodLabel: string;
  readonly periodKind: string;
  /** 'YYYY-MM': the period's last month, which names the output folder. */
  readonly month: string;
  readonly generatedAt: string;
  readonly classification: Classification;
  readonly exceptionsOnly: boolean;
  readonly columns: BoardColumns;
  /** True when the workspace has governance records: the open-questions column is shown. */
  readonly hasQuestions: boolean;
  readonly groups: readonly BoardGroup[];
  /** Measures with no figures for the period (external, not loaded, not covered), with the reason. */
  readonly unavailable: readonly { readonly title: string; readonly reason: string }[];
  /** OFFICIAL-SENSITIVE measures left out of an OFFICIAL board. */
  readonly withheld: number;
  /** Rows that are not exceptions, left out under --exceptions-only. */
  readonly hiddenRows: number;
  /** How changes and volumes are written (the workspace's style; absent: the house style). */
  readonly style?: NumberStyle;
  /**
   * Measures fed by a published table because the force's own data is not loaded: the words naming
   * the table, and the titles of the measures it feeds.
   */
  readonly publishedSources?: readonly { readonly words: string; readonly titles: readonly string[] }[];
  /** Police officer numbers as context (not a measure), when the workforce table is loaded. */
  readonly officers?: OfficerNumbersJson;
  /** Figures restated since the last statement, of the measures the pack may show (absent: not compared). */
  readonly restated?: RestatementsJson;
}
