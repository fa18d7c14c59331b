import type { Command } from 'commander';
import { action, openWorkspace } from '../context.js';

const number = new Intl.NumberFormat('en-GB');

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description(
      'show what the store holds: source files, months covered per force and dataset, gaps, superseded versions',
    )
    .action(
      action(async (output, command) => {
        const { paths } = openWorkspace(command);
        const [{ storeStatus }, { Store }] = await Promise.all([
          import('../../sources/status.js'),
          import('../../store/store.js'),
        ]);
        const store = await Store.open(paths.store, { create: false, readOnly: true });
        try {
          const status = await storeStatus(store);
          output.json(status);
          if (output.options.json) return 0;
          output.result(`Store: ${paths.store}`);
          output.result(
            `\nSource files (${status.sources.length}; the files of one zip for one dataset and force on one line):`,
          );
          for (const g of status.sourceGroups) {
            const versions =
              g.versions.length === 0
                ? ''
                : ` | ${g.format.startsWith('force_') ? 'extract' : 'archive'} ${g.versions.join(', ')}`;
            const state =
              g.supersededPeriods === 0
                ? 'current'
                : g.supersededPeriods === g.periods
                  ? 'superseded'
                  : `partly superseded (${g.supersededPeriods} of ${g.periods} periods)`;
            const rejected = g.rowsRejected > 0 ? `, ${number.format(g.rowsRejected)} rejected` : '';
            const files = g.inZip ? ` | ${g.files} file${g.files === 1 ? '' : 's'}` : '';
            output.result(
              `  ${g.path}\n    ${g.format}${g.forceSlug ? ` | ${g.forceSlug}` : ''}${files}${versions}` +
                ` | ${g.firstPeriod ?? '?'}..${g.lastPeriod ?? '?'} | ${number.format(g.rowsAccepted)} rows${rejected} | ${state}`,
            );
          }
          output.result('\nCoverage (current versions):');
          for (const c of status.coverage) {
            output.result(
              `  ${c.dataset} | ${c.forceSlug} | ${c.first}..${c.last} | ${c.periods} ${c.step}${c.periods === 1 ? '' : 's'}` +
                ` | ${number.format(c.rows)} rows | missing: ${c.missing.length === 0 ? 'none' : c.missing.join(', ')}`,
            );
            if (!output.options.quiet)
              output.info(
                `    ${Object.entries(c.byPeriod)
                  .map(([period, rows]) => `${period} ${number.format(rows)}`)
                  .join(', ')}`,
              );
          }
          output.result(`\nSuperseded versions (${status.superseded.length}):`);
          for (const s of status.superseded)
            output.result(
              `  ${s.dataset} | ${s.force_slug} | ${s.period}: ${s.path} (version ${s.version_key}, ${number.format(s.row_count)} rows)` +
                ` replaced by ${s.superseded_by_path} (version ${s.superseded_by_version})`,
            );
          return 0;
        } finally {
          store.close();
        }
      }),
    );
}
