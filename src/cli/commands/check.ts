import type { Command } from 'commander';
import { ExitCode } from '../../errors/problem.js';
import { action, openWorkspace } from '../context.js';
import { PERIOD_HELP, periodOption } from '../period.js';
import { version } from '../version.js';
import { statementClock } from './statement.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description("compare the period's OPCC commentary with the figures: every mismatch as file:line")
    .option('-p, --period <quarter>', `the statement's quarter: ${PERIOD_HELP}`)
    .option('--strict', 'mismatches are errors (exit 1), not warnings', false)
    .action(
      action(async (output, command) => {
        const opts = command.opts<{ period?: string; strict: boolean }>();
        const workspace = openWorkspace(command);
        const [{ classificationOf, prepareStatement }, { Store }] = await Promise.all([
          import('../../report/statement/prepareStatement.js'),
          import('../../store/store.js'),
        ]);
        const store = await Store.open(workspace.paths.store, { readOnly: true });
        try {
          const period = await periodOption(store, workspace.config, opts.period);
          const prepared = await prepareStatement(store, workspace, {
            period: period.label,
            classification: classificationOf('official'),
            now: statementClock(process.env),
            version,
            strict: opts.strict,
          });
          output.problems(prepared.problems);
          const files = prepared.input.commentary.length;
          const n = prepared.findings.length;
          output.result(
            n === 0
              ? `The commentary of ${prepared.period.label} agrees with the data (${files} file${files === 1 ? '' : 's'} in ${prepared.input.commentaryFolder} checked).`
              : `${n} place${n === 1 ? '' : 's'} in the commentary of ${prepared.period.label} disagree${n === 1 ? 's' : ''} with the data (${files} file${files === 1 ? '' : 's'} in ${prepared.input.commentaryFolder} checked).`,
          );
          output.json({
            period: prepared.period.label,
            folder: prepared.input.commentaryFolder,
            findings: prepared.findings,
          });
          return opts.strict && n > 0 ? ExitCode.dataError : ExitCode.ok;
        } finally {
          store.close();
        }
      }),
    );
}
