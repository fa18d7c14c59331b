import type { Command } from 'commander';
import { initWorkspace } from '../../workspace/initWorkspace.js';
import { action } from '../context.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create an empty workspace with a commented scrutiny.config.yaml')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--force-slug <slug>', 'police.uk slug of the force', 'example')
    .option(
      '--force-name <name>',
      'force name as printed (default: from the forces table, else Example Police)',
    )
    .option('--peers <slugs>', 'Most Similar Group peers, police.uk slugs separated by commas')
    .action(
      action(async (output, command, dir: string) => {
        const opts = command.opts<{ forceSlug: string; forceName?: string; peers?: string }>();
        const peers = (opts.peers ?? '')
          .split(',')
          .map((slug) => slug.trim())
          .filter(Boolean);
        const paths = initWorkspace(
          dir,
          { forceSlug: opts.forceSlug, ...(opts.forceName ? { forceName: opts.forceName } : {}) },
          peers,
        );
        output.info(`Created a workspace in ${paths.root}`);
        output.info('Next: edit scrutiny.config.yaml, put data files in data/, then run `scrutiny ingest`.');
        output.json({ ok: true, workspace: paths.root });
        return 0;
      }),
    );
}
