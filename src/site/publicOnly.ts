/**
 * The one gate between the workspace and the public site. OFFICIAL-SENSITIVE measures (public:
 * false in the measures result) never reach a page, a chart, a download or a file name: they are
 * removed here, with the district series of them and the scrutiny questions that concern them (a
 * question names its measure, so publishing it would publish the measure). Provenance paths are
 * made relative to the workspace, so the analyst's folders are not published either.
 */
import type { QuestionFacts } from '../governance/index.js';
import type { DistrictSeriesResult } from '../measures/districtSeries.js';
import type { MeasuresResult } from '../measures/result.js';

export function publicResult(result: MeasuresResult, workspaceRoot: string): MeasuresResult {
  const root = workspaceRoot.endsWith('/') ? workspaceRoot : `${workspaceRoot}/`;
  return {
    ...result,
    measures: result.measures
      .filter((m) => m.public && m.classification === 'OFFICIAL')
      .map((m) => ({
        ...m,
        provenance: m.provenance.map((p) => ({
          ...p,
          path: p.path.startsWith(root) ? p.path.slice(root.length) : p.path,
        })),
      })),
    // Warnings are for the analyst (and may name a sensitive measure); the public site shows none.
    problems: [],
  };
}

export function publicDistrictSeries(
  series: DistrictSeriesResult,
  publicIds: ReadonlySet<string>,
): DistrictSeriesResult {
  return { months: series.months, rows: series.rows.filter((r) => publicIds.has(r.measureId)) };
}

/** Questions about public measures only (a general question, naming no measure, is kept). */
export function publicQuestions(
  questions: readonly QuestionFacts[],
  publicIds: ReadonlySet<string>,
): QuestionFacts[] {
  return questions.filter((q) => q.measures.every((id) => publicIds.has(id)));
}
