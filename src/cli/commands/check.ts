import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { ExitCode } from '../../errors/problem.js';
import { checkReport } from '../checkReport.js';
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
          import('../../jobs/statement/prepareStatement.js'),
          import('../../store/store.js'),
        ]);
        const store = await Store.open(workspace.paths.store, { readOnly: true });
        try {
          const period = await periodOption(store, workspace.config, opts.period);
          const prepared = await prepareStatement(store, workspace, {
            period,
            classification: classificationOf('official'),
            now: statementClock(process.env),
            version,
            strict: opts.strict,
          });
          output.problems(prepared.problems);
          const folder = prepared.input.commentaryFolder;
          const files = prepared.input.commentary.length;
          if (files === 0) output.problem(messages.statement.noCommentaryChecked(folder, opts.strict));
          const report = checkReport(
            prepared.period.label,
            folder,
            files,
            prepared.findings,
            prepared.unchecked ?? [],
          );
          for (const line of report) output.result(line);
          output.json({
            period: prepared.period.label,
            folder,
            files,
            findings: prepared.findings,
            unchecked: prepared.unchecked ?? [],
          });
          const failed = prepared.findings.length > 0 || files === 0;
          return opts.strict && failed ? ExitCode.dataError : ExitCode.ok;
        } finally {
          store.close();
        }
      }),
    );
}
