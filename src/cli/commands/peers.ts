import type { Command } from 'commander';
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import { formatCount } from '../../stats/rounding.js';
import { action, openWorkspace } from '../context.js';

/** The editing code, loaded when a peers command runs (not for --help). */
const peersModule = () => import('../../workspace/editPeers.js');

function populationOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/[,_]/g, ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new ScrutinyError(messages.workspace.badPopulation(text), ExitCode.usageError);
  return value;
}

export function registerPeers(program: Command): void {
  const peers = program
    .command('peers')
    .description('list, add or remove Most Similar Group peers in scrutiny.config.yaml');
  peers
    .command('list')
    .description('the peers, with the population each rate uses')
    .action(
      action(async (output, command) => {
        const ws = openWorkspace(command);
        const listed = (await peersModule()).listPeers(ws.config);
        for (const p of listed)
          output.result(
            `${p.slug.padEnd(20)} ${p.name.padEnd(36)} ${formatCount(p.population).padStart(10)}${p.populationFromOns ? '  (ONS mid-2023)' : ''}`,
          );
        if (listed.length === 0) output.info('No peers yet: add one with `scrutiny peers add <slug>`.');
        output.json({ ok: true, peers: listed });
        return ExitCode.ok;
      }),
    );
  peers
    .command('add')
    .description('add a peer force; its population comes from the built-in ONS mid-2023 table')
    .argument('<slug>', "the peer's police.uk slug, e.g. west-mercia")
    .option('--population <n>', 'use this population instead of the built-in one')
    .action(
      action(async (output, command, slug: string) => {
        const population = populationOption(command.opts<{ population?: string }>().population);
        const ws = openWorkspace(command);
        const added = (await peersModule()).addPeer(ws.paths, ws.config, slug, population);
        output.result(
          `Added ${added.slug} (population ${formatCount(added.population)}${added.fromOns ? ', ONS mid-2023' : ''}) to ${ws.paths.config}`,
        );
        output.json({ ok: true, peer: added });
        return ExitCode.ok;
      }),
    );
  peers
    .command('remove')
    .description('remove a peer force')
    .argument('<slug>', "the peer's police.uk slug")
    .action(
      action(async (output, command, slug: string) => {
        const ws = openWorkspace(command);
        (await peersModule()).removePeer(ws.paths, slug);
        output.result(`Removed ${slug} from ${ws.paths.config}`);
        output.json({ ok: true, removed: slug });
        return ExitCode.ok;
      }),
    );
}
