/**
 * `scrutiny demo [dir]`: the README's first command. Generates the demo workspace (fictional
 * Midshire Police: data in all three formats, governance records, OPCC commentary), then ingests
 * it, so that every other command works on it at once. Seeded: the same seed and end month give
 * byte-identical files.
 */
import type { Command } from 'commander';
import type { DemoSummary } from '../../demo/generate.js';
import { messages } from '../../errors/messages.js';
import { workspacePaths } from '../../workspace/paths.js';
import { action } from '../context.js';
import { stopOnSignal } from '../interrupt.js';

const number = new Intl.NumberFormat('en-GB');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('create the demo workspace (generated data for a fictional force) and ingest it')
    .argument('[dir]', 'folder to create it in', 'demo-workspace')
    .option('--seed <n>', 'random seed; the same seed and end month give identical files', '20190401')
    .option('--end-month <YYYY-MM>', 'last month of data (default: the last complete month in London)')
    .action(
      action(async (output, command, dir: string) => {
        const opts = command.opts<{ seed: string; endMonth?: string }>();
        const [
          { writeDemoCommentary },
          { generateDemoWorkspace, lastCompleteMonth },
          { writeDemoGovernance },
          { ingest },
          { workspaceIngestOptions },
          { Store },
          { ingestProgress },
          { loadConfig },
        ] = await Promise.all([
          import('../../demo/commentary.js'),
          import('../../demo/generate.js'),
          import('../../demo/governanceRecords.js'),
          import('../../sources/ingest.js'),
          import('../../sources/ingestOptions.js'),
          import('../../store/store.js'),
          import('../progress.js'),
          import('../../workspace/loadConfig.js'),
        ]);
        const started = Date.now();
        const endMonth = opts.endMonth ?? lastCompleteMonth(new Date());
        output.info(`Generating the demo workspace in ${dir} (data to ${endMonth}) ...`);
        const summary: DemoSummary = await generateDemoWorkspace(dir, { seed: Number(opts.seed), endMonth });
        const paths = workspacePaths(dir);
        writeDemoGovernance(paths.governance, { endMonth });
        const commentary = writeDemoCommentary(paths, { endMonth });
        output.info(
          `Generated ${summary.files.length} files: ${number.format(summary.crimes)} recorded crimes from ${summary.firstMonth} to ${summary.endMonth}, governance records, and OPCC commentary for ${commentary.quarter}.`,
        );

        const config = loadConfig(paths.config);
        const store = await Store.open(paths.store);
        const progress = ingestProgress(output);
        try {
          const result = await stopOnSignal(
            output,
            (signal) => messages.ingest.interrupted(signal, paths.store),
            () => progress.stop(),
            () => ingest(store, [paths.data], workspaceIngestOptions(config, paths, false), progress),
          );
          progress.stop();
          output.problems(result.problems);
          const seconds = (Date.now() - started) / 1000;
          output.result(
            `Demo workspace ready in ${paths.root}: ${number.format(result.rowsAccepted)} rows ingested, ${seconds.toFixed(1)} s in all.`,
          );
          output.info(`Next: scrutiny --workspace ${dir} status   (or: measures --period "<quarter>")`);
          output.json({ ok: true, workspace: paths.root, endMonth, rows: result.rowsAccepted, seconds });
          return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
        } finally {
          progress.stop();
          store.close();
        }
      }),
    );
}
