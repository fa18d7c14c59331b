import type { Command } from 'commander';
import { ExitCode } from '../../errors/problem.js';
import { action, openWorkspace } from '../context.js';
import { PERIOD_HELP, periodOption } from '../period.js';

export function registerMeasures(program: Command): void {
  program
    .command('measures')
    .description('compute the National Crime and Policing Measures for a period and print them')
    .option('-p, --period <period>', PERIOD_HELP)
    .option('-m, --measure <id...>', 'only these measures (ids from the catalogue)')
    .action(
      action(async (output, command) => {
        const opts = command.opts<{ period?: string; measure?: string[] }>();
        const [{ runMeasures }, { resultText }, { Store }] = await Promise.all([
          import('../../measures/runMeasures.js'),
          import('../../measures/textReport.js'),
          import('../../store/store.js'),
        ]);
        const { paths, config } = openWorkspace(command);
        const store = await Store.open(paths.store, { readOnly: true });
        try {
          const period = await periodOption(store, config, opts.period);
          const { result, catalogueProblems } = await runMeasures(store, {
            workspaceRoot: paths.root,
            config,
            period,
            ...(opts.measure ? { measureIds: opts.measure } : {}),
            now: new Date(),
          });
          output.problems(catalogueProblems);
          output.problems(result.problems);
          output.result(resultText(result));
          output.json(result);
          // Bad catalogue entries were skipped: the figures printed are right, but the run is not clean.
          return catalogueProblems.some((p) => p.severity === 'error') ? ExitCode.dataError : ExitCode.ok;
        } finally {
          store.close();
        }
      }),
    );
}
