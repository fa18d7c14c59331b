/**
 * Writes a prepared statement in every format into out/statements/<2023-24-q4>/: statement.html,
 * statement.md with figures/*.svg, statement.docx, statement.pdf (when Chromium is there) and
 * figures.json, the measures result it was built from (its OFFICIAL-SENSITIVE measures only in an
 * OFFICIAL-SENSITIVE statement), so every number can be traced. Several statements can share one
 * PdfRenderer (one Chromium session), which is what makes four quarters fast.
 */

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../../document/model.js';
import type { Problem } from '../../errors/problem.js';
import { periodFolderName } from '../../narrative/commentaryFiles.js';
import { buildStatement } from '../../narrative/statement/buildStatement.js';
import { publishableResult } from '../../publication/index.js';
import type { PdfRenderer } from '../../report/render/pdf/renderPdf.js';
import { drawChart } from '../../report/statement/drawCharts.js';
import { writeDocument } from '../../report/writeDocument.js';
import { writeFileAtomicAsync } from '../../workspace/writeAtomic.js';
import { restatementsSince } from '../shared/restatementsSince.js';
import type { PreparedStatement } from './prepareStatement.js';

export interface WrittenStatement {
  readonly dir: string;
  readonly document: Document;
  readonly files: readonly string[];
  /** Content warnings (missing commentary) and rendering warnings (no PDF). */
  readonly problems: readonly Problem[];
}

export async function writeStatement(
  prepared: PreparedStatement,
  outRoot: string,
  pdf: PdfRenderer | Problem,
): Promise<WrittenStatement> {
  const folder = periodFolderName(prepared.period);
  const dir = join(outRoot, 'statements', folder);
  const { workspaceRoot, classification } = prepared.input;
  // Restated figures: the previous statement's figures.json against what this one publishes.
  const shown = publishableResult(prepared.input.result, workspaceRoot, classification);
  const { restatements, problems: previousProblems } = restatementsSince(outRoot, folder, shown);
  const input = { ...prepared.input, result: { ...prepared.input.result, restatements } };
  const built = await buildStatement(input, drawChart);
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'figures.json');
  await writeFileAtomicAsync(
    json,
    `${JSON.stringify(publishableResult(input.result, workspaceRoot, classification), null, 2)}\n`,
  );
  const written = await writeDocument(built.document, { dir, name: 'statement', pdf });
  return {
    dir,
    document: built.document,
    files: [...written.files, json],
    problems: [...previousProblems, ...built.problems, ...written.problems],
  };
}
