import type { Command } from 'commander';
import { initWorkspace } from '../../workspace/initWorkspace.js';
import { action } from '../context.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create an empty workspace with a commented scrutiny.config.yaml')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--force-slug <slug>', 'police.uk slug of the force', 'example')
    .option('--force-name <name>', 'force name as printed', 'Example Police')
    .action(
      action(async (output, command, dir: string) => {
        const opts = command.opts<{ forceSlug: string; forceName: string }>();
        const paths = initWorkspace(dir, { forceSlug: opts.forceSlug, forceName: opts.forceName });
        output.info(`Created a workspace in ${paths.root}`);
        output.info('Next: edit scrutiny.config.yaml, put data files in data/, then run `scrutiny ingest`.');
        output.json({ ok: true, workspace: paths.root });
        return 0;
      }),
    );
}
