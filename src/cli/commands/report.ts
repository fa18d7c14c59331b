import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import { action, openWorkspace } from '../context.js';
import { periodOptionBeforeStore } from '../period.js';
import { version } from '../version.js';

type Classification = 'OFFICIAL' | 'OFFICIAL-SENSITIVE';

function classificationOf(text: string): Classification {
  const value = text.trim().toLowerCase();
  if (value === 'official') return 'OFFICIAL';
  if (value === 'official-sensitive') return 'OFFICIAL-SENSITIVE';
  throw new ScrutinyError(messages.panel.badClassification(text), ExitCode.usageError);
}

function registerPanel(report: Command): void {
  report
    .command('panel')
    .description(
      "write the Commissioner's report to the Police and Crime Panel (HTML, PDF, Word, Markdown) into out/reports/panel-<date>/",
    )
    .requiredOption(
      '--meeting <YYYY-MM-DD>',
      'the Panel meeting (a meeting of type panel in governance/meetings.yaml)',
    )
    .option(
      '--report-date <YYYY-MM-DD>',
      'the date printed on the report (default: today, at latest the eve of the meeting)',
    )
    .option(
      '--period <quarter>',
      "the quarter's figures to carry, e.g. 'Q4 2023/24' or 'Q4 2023-24' (default: the latest complete before the meeting)",
    )
    .option(
      '--classification <marking>',
      'official, or official-sensitive to include OFFICIAL-SENSITIVE measures',
      'official',
    )
    .action(
      action(async (output, command) => {
        const opts = command.opts<{
          meeting: string;
          reportDate?: string;
          period?: string;
          classification: string;
        }>();
        const classification = classificationOf(opts.classification);
        const workspace = openWorkspace(command);
        const [{ planPanelReport, writePanelReport }, { PdfRenderer }, { Store }] = await Promise.all([
          import('../../jobs/panelReport/writePanelReport.js'),
          import('../../report/render/pdf/renderPdf.js'),
          import('../../store/store.js'),
        ]);
        const period = await periodOptionBeforeStore(workspace.paths.store, workspace.config, opts.period);
        const options = {
          meeting: opts.meeting,
          ...(opts.reportDate === undefined ? {} : { reportDate: opts.reportDate }),
          ...(period === undefined ? {} : { period }),
          classification,
          now: new Date(),
          version,
        };
        // Records, meeting and dates first: a bad input fails before the store or Chromium is opened.
        const plan = planPanelReport(workspace, options);
        const store = await Store.open(workspace.paths.store, { readOnly: true });
        const pdf = await PdfRenderer.open(process.env);
        try {
          const written = await writePanelReport(store, workspace, options, pdf, plan);
          output.problems(written.problems);
          output.result(`Wrote the Panel report for ${opts.meeting} to ${written.dir}:`);
          for (const file of written.files) output.result(`  ${file}`);
          output.json({ ok: true, dir: written.dir, files: written.files, problems: written.problems });
          return ExitCode.ok;
        } finally {
          if (pdf instanceof PdfRenderer) await pdf.close();
          store.close();
        }
      }),
    );
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description("reports built from the workspace: the Commissioner's report to the Panel");
  registerPanel(report);
}
