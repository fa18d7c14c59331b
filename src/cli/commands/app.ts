/**
 * `scrutiny app` serves the office's web app (docs/app.md); `scrutiny app user add` adds a colleague;
 * `scrutiny app import|export` moves commentary and governance records between the app's database
 * and the workspace files. The app's code is imported inside each action, so other commands never
 * load it.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { ExitCode, formatProblem, ScrutinyError } from '../../errors/problem.js';
import { action, openWorkspace } from '../context.js';
import { version } from '../version.js';

interface AppOptions {
  readonly port: string;
  readonly host: string;
  readonly dataDir?: string;
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new ScrutinyError(messages.app.badPort(text), ExitCode.usageError);
  return port;
}

/** The app opened on the workspace, its database from DATABASE_URL or the embedded default. */
async function opened(command: Command, dataDir: string | undefined) {
  const { openApp } = await import('../../app/openApp.js');
  return openApp({
    workspace: openWorkspace(command),
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    version,
    reportError: (error) => {
      if (error instanceof ScrutinyError)
        for (const p of error.problems) process.stderr.write(`${p.severity}: ${formatProblem(p)}\n`);
      else process.stderr.write(`internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    },
  });
}

export function registerApp(program: Command): void {
  const app = program
    .command('app')
    .description("serve the office's web app: commentary, questions, meetings and sign-off (docs/app.md)")
    .option('--port <n>', 'the port to listen on', '8080')
    .option(
      '--host <address>',
      'the address to listen on (the HTTPS proxy in front connects to it)',
      '127.0.0.1',
    )
    .option(
      '--data-dir <dir>',
      'the embedded database folder when DATABASE_URL is not set (default: app-data/)',
    )
    .action(
      action(async (output, command) => {
        const opts = command.opts<AppOptions>();
        const port = portOf(opts.port);
        const app = await opened(command, opts.dataDir);
        const { listen } = await import('../../app/openApp.js');
        const listening = await listen(app, opts.host, port);
        const where = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database';
        if (app.imported)
          output.info(
            `Imported ${app.imported.sections} commentary sections and ${app.imported.records} governance records from the workspace files.`,
          );
        if (app.demoUsers.length > 0)
          output.info(`Demo users (password 'midshire-' + the name): ${app.demoUsers.join(', ')}.`);
        const shown = opts.host === '127.0.0.1' ? 'localhost' : opts.host;
        output.result(
          `The app is at http://${shown}:${listening.port}/ using ${where}. Press Ctrl+C to stop.`,
        );
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await listening.close();
        return ExitCode.ok;
      }),
    );

  app
    .command('user')
    .description('manage the accounts of the app')
    .command('add <username>')
    .description('add a colleague; the password is read from standard input')
    .requiredOption('--role <role>', 'analyst, author, approver or viewer')
    .option('--name <name>', 'the name shown in the app and the audit log (default: the user name)')
    .option('--password-stdin', 'read the password from the first line of standard input', false)
    .action(
      action(async (output, command, username: string) => {
        const opts = command.opts<{ role: string; name?: string; passwordStdin: boolean }>();
        const password = opts.passwordStdin ? (readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '') : '';
        if (!password) throw new ScrutinyError(messages.app.noPassword(), ExitCode.usageError);
        const { addUser } = await import('../../app/auth/users.js');
        const app = await opened(command, command.parent?.parent?.opts<AppOptions>().dataDir);
        try {
          const user = await addUser(
            app.context.db,
            { username, displayName: opts.name ?? username, role: opts.role, password },
            'scrutiny app user add',
          );
          if (app.demoUsers.length > 0)
            output.info(`Demo users (password 'midshire-' + the name): ${app.demoUsers.join(', ')}.`);
          output.result(`Added ${user.username} (${user.role}).`);
          output.json({ username: user.username, role: user.role });
          return ExitCode.ok;
        } finally {
          await app.context.db.close();
        }
      }),
    );

  for (const direction of ['import', 'export'] as const) {
    app
      .command(direction)
      .description(
        direction === 'import'
          ? "read the workspace's commentary and governance files into the app's database"
          : "write the app's commentary and governance records to the workspace files",
      )
      .action(
        action(async (output, command) => {
          const exchange = await import('../../app/journeys/workspaceExchange.js');
          const app = await opened(command, command.parent?.opts<AppOptions>().dataDir);
          try {
            const run = direction === 'import' ? exchange.importWorkspace : exchange.exportWorkspace;
            const done = await run(app.context.db, app.context.workspace, `scrutiny app ${direction}`);
            output.result(
              `${direction === 'import' ? 'Imported' : 'Exported'} ${done.sections} commentary sections and ${done.records} governance records.`,
            );
            output.json(done);
            return ExitCode.ok;
          } finally {
            await app.context.db.close();
          }
        }),
      );
  }
}
