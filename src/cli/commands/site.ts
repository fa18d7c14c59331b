/**
 * `scrutiny site build` writes the public website to out/site/; `scrutiny site serve` previews it
 * on 127.0.0.1 and rebuilds it when the workspace changes. `--with-statement` first writes the
 * quarter's statement when out/statements/ holds none, so a first site has its statement.
 */
import { relative } from 'node:path';
import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import type { SiteBuild } from '../../jobs/site/siteBuilder.js';
import type { Period } from '../../stats/calendar.js';
import { action, openWorkspace, type WorkspaceContext } from '../context.js';
import type { Output } from '../output.js';
import { PERIOD_HELP, periodOptionBeforeStore } from '../period.js';
import { version } from '../version.js';

interface SiteOptions {
  readonly period?: string;
  readonly withStatement?: boolean;
  readonly port?: string;
}

function describe(build: SiteBuild): string {
  const seconds = (build.milliseconds / 1000).toFixed(1);
  return `${build.pages} pages and ${build.files - build.pages} other files (${build.written} written, ${build.removed} removed, ${build.chartsDrawn} charts drawn) in ${seconds} s`;
}

/** Writes the quarter's statement when there is none yet (--with-statement). */
async function statementIfNone(
  output: Output,
  workspace: WorkspaceContext,
  period: Period | undefined,
): Promise<void> {
  const { findStatements } = await import('../../jobs/site/gather/statements.js');
  if (findStatements(workspace.paths.out).statements.length > 0) return;
  const [{ cachedFigures }, { PdfRenderer }, { prepareStatement }, { writeStatement }, { Store }] =
    await Promise.all([
      import('../../jobs/site/gather/figuresCache.js'),
      import('../../report/render/pdf/renderPdf.js'),
      import('../../jobs/statement/prepareStatement.js'),
      import('../../jobs/statement/writeStatement.js'),
      import('../../store/store.js'),
    ]);
  const figures = await cachedFigures(workspace.paths, workspace.config, {
    ...(period === undefined ? {} : { period }),
    now: new Date(),
    version,
  });
  output.info(`No statement yet: writing the ${figures.period.label} statement first ...`);
  const store = await Store.open(workspace.paths.store, { readOnly: true });
  let prepared: Awaited<ReturnType<typeof prepareStatement>>;
  try {
    prepared = await prepareStatement(store, workspace, {
      period: figures.period,
      classification: 'OFFICIAL',
      now: new Date(),
      version,
      strict: false,
    });
  } finally {
    store.close();
  }
  output.problems(prepared.problems);
  const pdf = await PdfRenderer.open(process.env);
  try {
    const written = await writeStatement(prepared, workspace.paths.out, pdf);
    output.problems(written.problems);
    output.info(`Wrote the statement to ${relative(process.cwd(), written.dir) || '.'}.`);
  } finally {
    if (pdf instanceof PdfRenderer) await pdf.close();
  }
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new ScrutinyError(messages.site.badPort(text), ExitCode.usageError);
  return port;
}

export function registerSite(program: Command): void {
  const site = program
    .command('site')
    .description('the public website: build it into out/site/, or preview it');
  site
    .command('build')
    .description('write the public website (every page, chart and download) to out/site/')
    .option('-p, --period <quarter>', `the quarter the measure pages report: ${PERIOD_HELP}`)
    .option('--with-statement', "write the quarter's statement first when out/statements/ holds none", false)
    .action(
      action(async (output, command) => {
        const given = command.opts<SiteOptions>();
        const workspace = openWorkspace(command);
        const period = await periodOptionBeforeStore(workspace.paths.store, workspace.config, given.period);
        const opts = { ...given, period };
        if (opts.withStatement) await statementIfNone(output, workspace, opts.period);
        const { SiteBuilder } = await import('../../jobs/site/siteBuilder.js');
        const builder = new SiteBuilder(workspace.paths, {
          ...(opts.period === undefined ? {} : { period: opts.period }),
          version,
          now: () => new Date(),
        });
        output.info('Building the site ...');
        const build = await builder.build();
        output.problems(build.problems);
        output.result(
          `Wrote the site for ${build.model.period.label} to ${relative(process.cwd(), build.dir) || '.'}: ${describe(build)}.`,
        );
        output.json({
          ok: true,
          dir: build.dir,
          period: build.model.period.label,
          pages: build.pages,
          files: build.files,
          problems: build.problems,
        });
        return ExitCode.ok;
      }),
    );
  site
    .command('serve')
    .description('preview the website on 127.0.0.1, rebuilding it when the workspace changes')
    .option('--port <n>', 'the port to listen on', '4173')
    .option('-p, --period <quarter>', `the quarter the measure pages report: ${PERIOD_HELP}`)
    .action(
      action(async (output, command) => {
        const given = command.opts<SiteOptions>();
        const port = portOf(given.port ?? '4173');
        const workspace = openWorkspace(command);
        const period = await periodOptionBeforeStore(workspace.paths.store, workspace.config, given.period);
        const opts = { ...given, period };
        const { serveSite } = await import('../../jobs/site/serve/serveSite.js');
        output.info('Building the site ...');
        let serving: Awaited<ReturnType<typeof serveSite>>;
        try {
          serving = await serveSite(
            workspace.paths,
            {
              ...(opts.period === undefined ? {} : { period: opts.period }),
              version,
              now: () => new Date(),
              port,
            },
            {
              built: (build, changed) => {
                const what = changed
                  .map((c) => relative(workspace.paths.root, c))
                  .slice(0, 3)
                  .join(', ');
                output.result(`Rebuilt after a change to ${what || 'the workspace'}: ${describe(build)}.`);
                output.problems(build.problems.filter((p) => p.severity === 'error'));
              },
              failed: (error) => {
                if (error instanceof ScrutinyError) output.problems(error.problems);
                else
                  output.result(
                    `The rebuild failed: ${error instanceof Error ? error.message : String(error)}`,
                  );
                output.result('Still serving the last good build.');
              },
            },
          );
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
            throw new ScrutinyError(messages.site.portInUse(port), ExitCode.usageError);
          throw error;
        }
        output.problems(serving.first.problems);
        output.result(
          `Serving the site at ${serving.url} (${describe(serving.first)}). Press Ctrl+C to stop.`,
        );
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await serving.close();
        return ExitCode.ok;
      }),
    );
}
