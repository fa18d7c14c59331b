import type { Command } from 'commander';
import { ExitCode } from '../../errors/problem.js';
import { boardPeriod } from '../boardPeriod.js';
import { action, openWorkspace } from '../context.js';
import { PERIOD_HELP } from '../period.js';
import { version } from '../version.js';

export function registerBoard(program: Command): void {
  program
    .command('board')
    .description(
      'write the board pack for the Governance and Performance Board: every measure with its Making Data Count icons, exceptions first',
    )
    .option('--month <month>', "the month the pack is for, e.g. 2024-03 or 'March 2024'")
    .option('-p, --period <period>', `or a period: ${PERIOD_HELP}`)
    .option('--exceptions-only', 'only the measures with a special cause signal or a failing target')
    .option(
      '--classification <marking>',
      'official (default) or official-sensitive, which adds OFFICIAL-SENSITIVE measures',
    )
    .action(
      action(async (output, command) => {
        const opts = command.opts<{
          month?: string;
          period?: string;
          exceptionsOnly?: boolean;
          classification?: string;
        }>();
        const { paths, config } = openWorkspace(command);
        const [{ runBoard }, { openChromium }, { Store }] = await Promise.all([
          import('../../jobs/boardPack/runBoard.js'),
          import('../../report/render/pdf/chromium.js'),
          import('../../store/store.js'),
        ]);
        const store = await Store.open(paths.store, { readOnly: true });
        const chromium = await openChromium(process.env);
        try {
          const period = await boardPeriod(store, config, opts);
          const run = await runBoard(store, {
            paths,
            config,
            request: {
              period,
              ...(opts.classification === undefined ? {} : { classification: opts.classification }),
              exceptionsOnly: opts.exceptionsOnly ?? false,
            },
            now: new Date(),
            version,
            pdf: 'session' in chromium ? chromium.session : chromium.problem,
          });
          output.problems(run.problems);
          const exceptions = run.pack.groups
            .flatMap((g) => g.rows)
            .filter((r) => r.reasons.length > 0).length;
          output.info(
            `Board pack for ${run.pack.periodLabel} (${run.pack.classification}): ${exceptions} exception${exceptions === 1 ? '' : 's'}.`,
          );
          for (const file of run.files) output.result(file);
          output.json({ ok: true, dir: run.dir, files: run.files, exceptions, problems: run.problems });
          return ExitCode.ok;
        } finally {
          if ('session' in chromium) await chromium.session.close();
          store.close();
        }
      }),
    );
}
