import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { formatProblem, type Problem } from '../../errors/problem.js';
import type { IngestSummary } from '../../sources/ingest.js';
import { action, openWorkspace } from '../context.js';
import { stopOnSignal } from '../interrupt.js';
import type { Output } from '../output.js';

const number = new Intl.NumberFormat('en-GB');

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'load data files, folders or archive zips into the store (default: the workspace data/ folder)',
    )
    .argument('[paths...]', 'files, folders or zips to ingest')
    .option(
      '--skip-bad-rows',
      'load the good rows of a file with bad ones; write each bad row to .scrutiny/rejects/',
      false,
    )
    .action(
      action(async (output, command, paths: string[]) => {
        const { skipBadRows } = command.opts<{ skipBadRows: boolean }>();
        const { paths: ws, config } = openWorkspace(command);
        const [{ ingest }, { workspaceIngestOptions }, { Store }, { ingestProgress }] = await Promise.all([
          import('../../sources/ingest.js'),
          import('../../sources/ingestOptions.js'),
          import('../../store/store.js'),
          import('../progress.js'),
        ]);
        const store = await Store.open(ws.store);
        const progress = ingestProgress(output);
        try {
          const summary = await stopOnSignal(
            output,
            (signal) => messages.ingest.interrupted(signal, ws.store),
            () => progress.stop(),
            () =>
              ingest(
                store,
                paths.length > 0 ? paths : [ws.data],
                workspaceIngestOptions(config, ws, skipBadRows),
                progress,
              ),
          );
          progress.stop();
          printSummary(output, summary);
          return summary.problems.some((p) => p.severity === 'error') ? 1 : 0;
        } finally {
          progress.stop();
          store.close();
        }
      }),
    );
}

function printSummary(output: Output, summary: IngestSummary): void {
  const ingested = summary.files.filter((f) => f.status === 'ingested');
  const already = summary.files.filter((f) => f.status === 'already-ingested');
  output.problems(summary.problems.filter((p: Problem) => p.severity === 'warning'));
  output.problems(summary.problems.filter((p: Problem) => p.severity === 'error'));
  for (const zip of summary.ingestedZips)
    output.info(
      `already ingested: ${zip.path} (all ${zip.files} files in it are in the store; nothing changed)`,
    );
  for (const file of already)
    output.info(
      `already ingested: ${file.path} (the same bytes as ${file.sameAs?.path}, ingested ${file.sameAs?.ingestedAt}; nothing changed)`,
    );
  for (const file of ingested.filter((f) => f.rejectsFile))
    output.result(
      `${number.format(file.rowsRejected)} bad rows of ${file.path} were left out and written to ${file.rejectsFile}`,
    );
  const seconds = summary.elapsedMs / 1000;
  if (ingested.length === 0 && summary.problems.every((p) => p.severity !== 'error'))
    output.result('Nothing new to ingest: the store already holds every file given.');
  else
    output.result(
      `Ingested ${ingested.length} file${ingested.length === 1 ? '' : 's'}, ${number.format(summary.rowsAccepted)} rows` +
        `${summary.rowsRejected > 0 ? ` (${number.format(summary.rowsRejected)} rejected)` : ''}` +
        ` in ${seconds.toFixed(1)} s (${number.format(Math.round(summary.rowsAccepted / Math.max(seconds, 0.001)))} rows/s)` +
        `${already.length > 0 ? `; ${already.length} already ingested` : ''}.`,
    );
  output.json({
    ok: summary.problems.every((p) => p.severity !== 'error'),
    ...summary,
    problemsText: summary.problems.map(formatProblem),
  });
}
