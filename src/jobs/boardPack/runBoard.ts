/**
 * Everything `scrutiny board` does below the CLI:
 *   1. the period, parsed by the cli (cli/boardPeriod.ts: --month or --period);
 *   2. the measures for that period (runMeasures: the workspace's catalogue, force and peers);
 *   3. the open scrutiny questions as they stood on the period's last day, when the workspace
 *      has governance records (governance/questions.yaml);
 *   4. the figures restated since the last statement: the statement of the latest quarter before
 *      the one holding the period's last month, compared as the statement job compares it;
 *   5. the board pack, its document and its files in out/board/<YYYY-MM>/.
 * The CLI prints; this returns the files written and the warnings.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { boardDocument } from '../../board/boardDocument.js';
import { buildBoard } from '../../board/buildBoard.js';
import type { BoardPack } from '../../board/model.js';
import { writeBoard } from '../../board/writeBoard.js';
import type { Classification } from '../../document/model.js';
import { messages } from '../../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../../errors/problem.js';
import { carriedQuestions, catalogueMeasureIds, loadGovernance } from '../../governance/index.js';
import { runMeasures } from '../../measures/runMeasures.js';
import { publicationFilter } from '../../publication/index.js';
import type { ChromiumSession } from '../../report/render/pdf/chromium.js';
import type { Period } from '../../stats/calendar.js';
import type { Store } from '../../store/store.js';
import type { WorkspaceConfig } from '../../workspace/config.js';
import type { WorkspacePaths } from '../../workspace/paths.js';
import { quarterFolderOf, restatementsSince } from '../shared/restatementsSince.js';

export interface BoardRequest {
  readonly period: Period;
  readonly classification?: string;
  readonly exceptionsOnly: boolean;
}

export interface RunBoardOptions {
  readonly paths: WorkspacePaths;
  readonly config: WorkspaceConfig;
  readonly request: BoardRequest;
  readonly now: Date;
  /** The Scrutiny version printed in the colophon. */
  readonly version: string;
  /** Chromium for the PDF, the Problem saying why there is none, or undefined for no PDF. */
  readonly pdf?: ChromiumSession | Problem;
}

export interface BoardRun {
  readonly dir: string;
  readonly pack: BoardPack;
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

const usage = (problem: Problem) => new ScrutinyError(problem, ExitCode.usageError);

export function boardClassification(value: string | undefined): Classification {
  const normalised = (value ?? 'official').trim().toLowerCase();
  if (normalised === 'official') return 'OFFICIAL';
  if (normalised === 'official-sensitive') return 'OFFICIAL-SENSITIVE';
  throw usage(messages.board.badClassification(value ?? ''));
}

/** 'YYYY-MM-DD' of the month's last day. */
function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** 'Office of the Police and Crime Commissioner for Midshire': the office, with the area unless it names it already. */
export function organisationOf(config: WorkspaceConfig): string {
  const { office } = config.commissioner;
  return office.includes(config.force.area) ? office : `${office} for ${config.force.area}`;
}

export async function runBoard(store: Store, options: RunBoardOptions): Promise<BoardRun> {
  const { paths, config, request } = options;
  const { period } = request;
  const classification = boardClassification(request.classification);
  const { result, catalogueProblems } = await runMeasures(store, {
    workspaceRoot: paths.root,
    config,
    period,
    now: options.now,
  });
  const hasGovernance = existsSync(join(paths.governance, 'questions.yaml'));
  // Questions the pack may not show (on a sensitive measure, or marked so) never reach it.
  const filter = publicationFilter(result, classification, paths.root);
  const questions = hasGovernance
    ? carriedQuestions(
        filter.records(
          loadGovernance(paths.governance, {
            knownMeasures: catalogueMeasureIds(paths.root, config.satisfaction.cohorts),
          }),
        ),
        lastDay(period.last),
      )
    : undefined;
  // Restated figures: the same comparison, with the same previous statement, as the quarter's statement.
  const found = restatementsSince(paths.out, quarterFolderOf(period.last), filter.result(result), 'board');
  const pack = buildBoard(
    { ...result, restatements: found.restatements },
    {
      classification,
      exceptionsOnly: request.exceptionsOnly,
      organisation: organisationOf(config),
      ...(questions ? { questions } : {}),
    },
  );
  const board = await boardDocument(pack, period, options.version);
  const dir = join(paths.out, 'board', period.last);
  const written = await writeBoard(pack, board, { dir, ...(options.pdf ? { pdf: options.pdf } : {}) });
  return {
    dir,
    pack,
    files: written.files,
    problems: [...catalogueProblems, ...result.problems, ...found.problems, ...written.problems],
  };
}
