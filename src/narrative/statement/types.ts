/**
 * What the statement builder takes and what it asks the renderers for. The narrative layer decides
 * which figures a statement has, with their captions and the numbers to draw; drawing them is the
 * report layer's job, so the builder is given a `ChartDrawer` (report/statement/drawCharts.ts) and
 * never imports a chart library itself.
 */

import type { Classification, Table } from '../../document/model.js';
import type { QuestionFacts } from '../../governance/index.js';
import type { MeasuresResult } from '../../measures/result.js';
import type {
  AssuranceIcon as AssuranceIconName,
  VariationIcon as VariationIconName,
} from '../../stats/spc/types.js';
import type { CommentaryFinding } from '../commentary/finding.js';

/** One commentary file of the period: commentary/<period>/<name>.md, read by commentaryFiles.ts. */
export interface CommentaryFile {
  /** The file name without '.md': a priority id ('serious_violence') or 'overview'. */
  readonly name: string;
  /** The path as shown to the analyst (relative to the workspace). */
  readonly path: string;
  readonly text: string;
}

export interface StatementInput {
  /** The measures result the statement is built from, and nothing else (figures.json). */
  readonly result: MeasuresResult;
  readonly force: { readonly name: string; readonly area: string };
  readonly commissioner: { readonly title: string; readonly name: string; readonly office: string };
  readonly plan: { readonly title: string; readonly published?: string; readonly contribution: string };
  readonly commentary: readonly CommentaryFile[];
  /** The scrutiny questions carried into this period (governance carriedQuestions). */
  readonly questions: readonly QuestionFacts[];
  /** Paths in provenance are shown relative to this folder (the workspace root). */
  readonly workspaceRoot: string;
  /** OFFICIAL leaves out OFFICIAL-SENSITIVE measures; OFFICIAL-SENSITIVE includes and marks them. */
  readonly classification: Classification;
  /** Scrutiny's version, for the generated-by line. */
  readonly version: string;
  /** The commentary folder, as shown in notes ('commentary/2023-24-Q4'). */
  readonly commentaryFolder: string;
  /**
   * Where the commentary disagrees with the data (the checker's findings, unresolved): the
   * statement is then a DRAFT, with a banner, and each place is marked where it stands.
   */
  readonly findings?: readonly CommentaryFinding[];
}

/** Stats' Making Data Count icon names (stats/spc), mapped to pictures by the report layer. */
export type { AssuranceIconName, VariationIconName };

export type ChartRequest =
  | {
      readonly kind: 'volumes';
      readonly measure: string;
      readonly points: readonly {
        readonly month: string;
        readonly count: number;
        readonly threeYearAverage?: number;
        readonly forecast?: { readonly mean: number; readonly lower: number; readonly upper: number };
      }[];
      readonly intervalPercent: number;
    }
  | {
      readonly kind: 'rate';
      readonly measure: string;
      readonly rateLabel: string;
      readonly comparisonLabel?: string;
      readonly points: readonly {
        readonly month: string;
        readonly percent: number;
        readonly numerator?: number;
        readonly denominator?: number;
        readonly comparisonPercent?: number;
      }[];
      readonly targetPercent?: number;
    }
  | {
      readonly kind: 'spc';
      readonly measure: string;
      readonly unit: 'count' | 'percent';
      readonly points: readonly {
        readonly month: string;
        readonly value: number;
        readonly mean: number;
        readonly lower: number;
        readonly upper: number;
        readonly signal?: 'improvement' | 'concern' | 'neither';
      }[];
      readonly target?: number;
      readonly variation: VariationIconName;
      readonly assurance?: AssuranceIconName;
    }
  | {
      readonly kind: 'satisfaction';
      readonly rateLabel: string;
      readonly items: readonly {
        readonly label: string;
        readonly percent: number;
        readonly targetPercent: number;
        readonly responses?: number;
      }[];
    };

export interface DrawnChart {
  readonly svg: string;
  readonly alt: string;
  readonly dataTable: Table;
}

export type ChartDrawer = (request: ChartRequest) => Promise<DrawnChart>;
