import type { Command } from 'commander';
import { storeStatus } from '../../sources/status.js';
import { Store } from '../../store/store.js';
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
        const store = await Store.open(paths.store, { create: false, readOnly: true });
        try {
          const status = await storeStatus(store);
          output.json(status);
          if (output.options.json) return 0;
          output.result(`Store: ${paths.store}`);
          output.result(`\nSource files (${status.sources.length}):`);
          for (const s of status.sources) {
            const version = s.archive_month
              ? `archive ${s.archive_month}`
              : s.extract_date
                ? `extract ${s.extract_date}`
                : '';
            const state =
              s.superseded_periods === 0
                ? 'current'
                : s.superseded_periods === s.periods
                  ? 'superseded'
                  : `partly superseded (${s.superseded_periods} of ${s.periods} periods)`;
            const rejected = s.rows_rejected > 0 ? `, ${number.format(s.rows_rejected)} rejected` : '';
            output.result(
              `  ${s.path}\n    ${s.format}${s.force_slug ? ` | ${s.force_slug}` : ''}${version ? ` | ${version}` : ''}` +
                ` | ${s.first_period ?? '?'}..${s.last_period ?? '?'} | ${number.format(s.rows_accepted)} rows${rejected} | ${state}`,
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
