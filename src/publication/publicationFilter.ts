/**
 * The one publication filter every output goes through: the statement (HTML, PDF, Word, Markdown,
 * figures.json), the Panel report, the board pack and the public site with its downloads. In an
 * OFFICIAL output nothing OFFICIAL-SENSITIVE survives:
 *   - a measure marked OFFICIAL-SENSITIVE in the catalogue (built-in or the workspace's
 *     measures/*.yaml) or in the measures result, with its district series and any problem that
 *     names it;
 *   - a scrutiny question, decision or activity marked OFFICIAL-SENSITIVE, or one that names such a
 *     measure (a question names its measure, so publishing it would publish the measure);
 * and in every output a source file's path is shown relative to the workspace (publicPath.ts).
 * An OFFICIAL-SENSITIVE output keeps everything but the analyst's folders. docs/security.md.
 */
import type { Classification } from '../document/model.js';
import type { Problem } from '../errors/problem.js';
import type { GovernanceRecords } from '../governance/index.js';
import type { DistrictSeriesResult } from '../measures/districtSeries.js';
import type { MeasureJson, MeasuresResult } from '../measures/result.js';
import { publicPath } from './publicPath.js';

export interface PublicationScope {
  /** The marking of the output being written. */
  readonly classification: Classification;
  readonly workspaceRoot: string;
  /** What the current catalogue marks OFFICIAL-SENSITIVE (sensitiveMeasures of a fresh result). */
  readonly sensitiveMeasures: ReadonlySet<string>;
}

export class PublicationFilter {
  constructor(readonly scope: PublicationScope) {}

  private get showsEverything(): boolean {
    return this.scope.classification === 'OFFICIAL-SENSITIVE';
  }

  /** Whether a measure (by id, as a question or a record names it) may appear in this output. */
  showsMeasureId(id: string): boolean {
    return this.showsEverything || !this.scope.sensitiveMeasures.has(id);
  }

  showsMeasure(m: Pick<MeasureJson, 'id' | 'public' | 'classification'>): boolean {
    return this.showsEverything || (m.public && m.classification === 'OFFICIAL' && this.showsMeasureId(m.id));
  }

  /** A governance record: not marked OFFICIAL-SENSITIVE, and naming no measure that is. */
  showsRecord(r: {
    readonly measures?: readonly string[];
    readonly classification?: string | undefined;
  }): boolean {
    if (this.showsEverything) return true;
    return (
      r.classification !== 'OFFICIAL-SENSITIVE' && (r.measures ?? []).every((id) => this.showsMeasureId(id))
    );
  }

  /** The result as the output may publish it: its measures filtered, provenance paths made public. */
  result(result: MeasuresResult): MeasuresResult {
    const shown = result.measures.filter((m) => this.showsMeasure(m));
    const hidden = result.measures.filter((m) => !shown.includes(m)).map((m) => m.id);
    const namesHidden = (p: Problem) => hidden.some((id) => JSON.stringify(p).includes(id));
    return {
      ...result,
      measures: shown.map((m) => ({
        ...m,
        provenance: m.provenance.map((p) => ({ ...p, path: this.path(p.path) })),
      })),
      problems: result.problems.filter((p) => !namesHidden(p)),
      ...(result.restatements
        ? {
            restatements: {
              ...result.restatements,
              figures: result.restatements.figures.filter((r) => !hidden.includes(r.measureId)),
            },
          }
        : {}),
    };
  }

  /** Governance records without the questions, decisions and activities this output may not show. */
  records(records: GovernanceRecords): GovernanceRecords {
    return {
      ...records,
      questions: records.questions.filter((q) => this.showsRecord(q)),
      decisions: records.decisions.filter((d) => this.showsRecord(d)),
      activities: records.activities.filter((a) => this.showsRecord(a)),
    };
  }

  districtSeries(series: DistrictSeriesResult): DistrictSeriesResult {
    return { months: series.months, rows: series.rows.filter((r) => this.showsMeasureId(r.measureId)) };
  }

  path(path: string): string {
    return publicPath(path, this.scope.workspaceRoot);
  }
}
