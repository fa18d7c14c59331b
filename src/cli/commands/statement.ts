import { relative } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../../errors/problem.js';
import { action, openWorkspace } from '../context.js';
import { PERIOD_HELP, periodOption } from '../period.js';
import { version } from '../version.js';

/**
 * The time written into a statement: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention)
 * when set, so the same data give the same files byte for byte; otherwise now.
 */
export function statementClock(env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function registerStatement(program: Command): void {
  program
    .command('statement')
    .description('write the quarterly NCPM statement: HTML, PDF, Word, Markdown, figures and figures.json')
    .option('-p, --period <quarter>', `the quarter: ${PERIOD_HELP}`)
    .option(
      '--classification <marking>',
      "'official', or 'official-sensitive' to include sensitive measures",
      'official',
    )
    .option('--strict', 'refuse to write the statement while the commentary disagrees with the data', false)
    .action(
      action(async (output, command) => {
        const opts = command.opts<{ period?: string; classification: string; strict: boolean }>();
        const [{ PdfRenderer }, { classificationOf, prepareStatement }, { writeStatement }, { Store }] =
          await Promise.all([
            import('../../report/render/pdf/renderPdf.js'),
            import('../../jobs/statement/prepareStatement.js'),
            import('../../jobs/statement/writeStatement.js'),
            import('../../store/store.js'),
          ]);
        const classification = classificationOf(opts.classification);
        const workspace = openWorkspace(command);
        const store = await Store.open(workspace.paths.store, { readOnly: true });
        let prepared: Awaited<ReturnType<typeof prepareStatement>>;
        try {
          const period = await periodOption(store, workspace.config, opts.period);
          output.info(`Computing the measures for ${period.label} ...`);
          prepared = await prepareStatement(store, workspace, {
            period,
            classification,
            now: statementClock(process.env),
            version,
            strict: opts.strict,
          });
        } finally {
          store.close();
        }
        output.problems(prepared.problems);
        if (opts.strict && prepared.findings.length > 0) {
          output.result(
            `Not written: ${prepared.findings.length} place(s) in the commentary disagree with the data (--strict). Correct them, or run without --strict to write the statement marked DRAFT.`,
          );
          return ExitCode.dataError;
        }
        const { missingText } = await import('../../narrative/statement/missingText.js');
        const missing = opts.strict ? missingText(prepared.input) : [];
        if (missing.length > 0) {
          output.result(
            `Not written: the statement needs text that is not there (--strict): ${missing.join(', ')}. Write it, or run without --strict to write the statement with "Missing" notes.`,
          );
          return ExitCode.dataError;
        }
        output.info('Drawing the figures and writing every format ...');
        const pdf = await PdfRenderer.open(process.env);
        try {
          const written = await writeStatement(prepared, workspace.paths.out, pdf);
          output.problems(written.problems);
          const names = written.files
            .map((f) => relative(written.dir, f))
            .filter((f) => !f.startsWith('figures/'));
          const figures = written.files.filter((f) => relative(written.dir, f).startsWith('figures/')).length;
          output.result(
            `Wrote the ${prepared.period.label} statement (${classification}) to ${relative(process.cwd(), written.dir) || '.'}: ${names.join(', ')} and ${figures} figure${figures === 1 ? '' : 's'} as SVG.`,
          );
          output.json({
            dir: written.dir,
            files: written.files,
            problems: [...prepared.problems, ...written.problems],
          });
          return ExitCode.ok;
        } finally {
          if (pdf instanceof PdfRenderer) await pdf.close();
        }
      }),
    );
}
