/**
 * `scrutiny report panel --meeting 2024-06-20` below the CLI:
 *   1. load and check the governance records: any problem stops here, before anything is written;
 *   2. the meeting must be a Panel meeting in meetings.yaml (a usage error lists the known ones);
 *   3. the quarter: the latest complete before the meeting (or --period), and its measures and
 *      NCPM statement, prepared exactly as `scrutiny statement` prepares them;
 *   4. restated figures: the quarter's figures against the previous statement's figures.json, as
 *      `scrutiny statement` compares them (jobs/shared/restatementsSince.ts);
 *   5. the report Document (narrative/panel), the statement appended as Appendix A;
 *   6. out/reports/panel-<date>/: panel-report.html, .md (figures/*.svg), .docx, .pdf when
 *      Chromium is there, and figures.json, the measures result every figure comes from.
 */

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Classification, Document } from '../../document/model.js';
import { messages } from '../../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../../errors/problem.js';
import { catalogueMeasureIds, type GovernanceRecords, loadGovernance } from '../../governance/index.js';
import { periodFolderName } from '../../narrative/commentaryFiles.js';
import {
  buildPanelReport,
  choosePanelMeeting,
  isCalendarDay,
  lastDayOf,
  latestQuarterBefore,
} from '../../narrative/panel/index.js';
import { buildStatement } from '../../narrative/statement/buildStatement.js';
import { publicationFilter } from '../../publication/index.js';
import type { PdfRenderer } from '../../report/render/pdf/renderPdf.js';
import { drawChart } from '../../report/statement/drawCharts.js';
import { writeDocument } from '../../report/writeDocument.js';
import type { Period } from '../../stats/calendar.js';
import type { Store } from '../../store/store.js';
import type { WorkspaceConfig } from '../../workspace/config.js';
import type { WorkspacePaths } from '../../workspace/paths.js';
import { writeFileAtomicAsync } from '../../workspace/writeAtomic.js';
import { restatementsSince } from '../shared/restatementsSince.js';
import { prepareStatement } from '../statement/prepareStatement.js';

export interface PanelReportOptions {
  /** 'YYYY-MM-DD': a Panel meeting in meetings.yaml. */
  readonly meeting: string;
  /** The date on the report; undefined: today (from `now`), but never after the eve of the meeting. */
  readonly reportDate?: string;
  /** A quarter (parsed by the cli) overriding the latest quarter complete before the meeting. */
  readonly period?: Period;
  readonly classification: Classification;
  /** The clock, injected: generatedAt and the default report date come from it. */
  readonly now: Date;
  readonly version: string;
}

export interface WrittenPanelReport {
  readonly dir: string;
  readonly document: Document;
  readonly files: readonly string[];
  /** Warnings: the statement's (missing commentary, commentary checks), the renderers' (no PDF). */
  readonly problems: readonly Problem[];
}

/** Today in Europe/London as 'YYYY-MM-DD'. */
function londonDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

function reportDateFor(options: PanelReportOptions): string {
  const eve = new Date(`${options.meeting}T12:00:00Z`);
  eve.setUTCDate(eve.getUTCDate() - 1);
  const lastPossible = eve.toISOString().slice(0, 10);
  if (options.reportDate === undefined) {
    // Regenerated after the meeting, the report keeps a date before the meeting it was for.
    const [earlier] = [londonDay(options.now), lastPossible].sort();
    return earlier ?? lastPossible;
  }
  if (!isCalendarDay(options.reportDate) || options.reportDate > options.meeting)
    throw new ScrutinyError(messages.panel.badReportDate(options.reportDate), ExitCode.usageError);
  return options.reportDate;
}

/** What can be settled before the store is opened or Chromium started: a bad input fails fast. */
export interface PanelReportPlan {
  readonly records: GovernanceRecords;
  readonly reportDate: string;
  readonly period: Period;
  /** Warnings so far: the meeting is postponed, no Plan is recorded. */
  readonly problems: readonly Problem[];
}

/** Steps 1 and 2 and the period: the governance records, the meeting, the report date, the quarter. */
export function planPanelReport(
  workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig },
  options: PanelReportOptions,
): PanelReportPlan {
  const { paths, config } = workspace;
  const records = loadGovernance(paths.governance, {
    knownMeasures: catalogueMeasureIds(paths.root, config.satisfaction.cohorts),
  });
  const chosen = choosePanelMeeting(records, options.meeting, join(paths.governance, 'meetings.yaml'));
  const reportDate = reportDateFor(options);
  const period = options.period ?? latestQuarterBefore(options.meeting);
  if (lastDayOf(period) >= options.meeting)
    throw new ScrutinyError(
      messages.panel.periodAfterMeeting(period.label, lastDayOf(period), options.meeting),
      ExitCode.usageError,
    );
  const problems: Problem[] = [...chosen.problems];
  if (records.plan === undefined) problems.push(messages.panel.noPlan(join(paths.governance, 'plan.yaml')));
  return { records, reportDate, period, problems };
}

export async function writePanelReport(
  store: Store,
  workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig },
  options: PanelReportOptions,
  pdf: PdfRenderer | Problem,
  plan: PanelReportPlan = planPanelReport(workspace, options),
): Promise<WrittenPanelReport> {
  const { paths, config } = workspace;
  const { reportDate, period } = plan;
  const problems: Problem[] = [...plan.problems];

  const prepared = await prepareStatement(store, workspace, {
    period,
    classification: options.classification,
    now: options.now,
    version: options.version,
    strict: false,
  });
  // Records the report may not show (on a sensitive measure, or marked so) never reach it.
  const filter = publicationFilter(prepared.input.result, options.classification, paths.root);
  // Restated figures: the same comparison, with the same previous statement, as the quarter's statement.
  const found = restatementsSince(
    paths.out,
    periodFolderName(period),
    filter.result(prepared.input.result),
    'panel',
  );
  const result = { ...prepared.input.result, restatements: found.restatements };
  const statement = await buildStatement({ ...prepared.input, result }, drawChart);
  const records = filter.records(plan.records);
  problems.push(...prepared.problems, ...found.problems, ...statement.problems);

  const document = buildPanelReport({
    meetingDate: options.meeting,
    reportDate,
    office: {
      area: config.force.area,
      forceName: config.force.name,
      commissionerTitle: config.commissioner.title,
      commissionerName: config.commissioner.name,
      officeName: config.commissioner.office,
    },
    records,
    measures: result,
    statement: statement.document,
    classification: options.classification,
    generatedAt: options.now.toISOString(),
    version: options.version,
  });

  const dir = join(paths.out, 'reports', `panel-${options.meeting}`);
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'figures.json');
  await writeFileAtomicAsync(json, `${JSON.stringify(filter.result(result), null, 2)}\n`);
  const written = await writeDocument(document, { dir, name: 'panel-report', pdf });
  return { dir, document, files: [...written.files, json], problems: [...problems, ...written.problems] };
}
