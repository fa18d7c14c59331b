/**
 * Progress for long commands: a bar (files, rows, rows/s) when stdout is a terminal, plain lines
 * when it is not (a log file or CI), and nothing under --quiet or --json.
 */
import cliProgress from 'cli-progress';
import { printable } from '../errors/problem.js';
import type { IngestEffects, IngestEvent } from '../sources/ingest.js';
import type { Output } from './output.js';

export interface ProgressReporter extends IngestEffects {
  stop(): void;
}

const number = new Intl.NumberFormat('en-GB');

export function ingestProgress(output: Output, now: () => Date = () => new Date()): ProgressReporter {
  const silent = output.options.quiet || output.options.json;
  const started = now().getTime();
  let rows = 0;
  const rate = () => {
    const seconds = (now().getTime() - started) / 1000;
    return seconds > 0 ? Math.round(rows / seconds) : 0;
  };
  if (silent) return { now, progress: () => {}, stop: () => {} };

  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest [{bar}] {value}/{total} files | {rows} rows | {rate} rows/s | {file}',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      now,
      progress: (event: IngestEvent) => {
        if (event.type === 'start') {
          bar.start(event.files, 0, { rows: '0', rate: '0', file: '' });
          started = true;
        } else if (event.type === 'file') {
          bar.update({ file: shortName(event.path) });
        } else if (event.type === 'file-done') {
          rows += event.report.rowsAccepted;
          bar.update(event.index + 1, { rows: number.format(rows), rate: number.format(rate()) });
        }
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }

  return {
    now,
    progress: (event: IngestEvent) => {
      if (event.type === 'start') output.info(`Ingesting ${event.files} file${event.files === 1 ? '' : 's'}`);
      if (event.type !== 'file-done') return;
      rows += event.report.rowsAccepted;
      const { report } = event;
      const what =
        report.status === 'ingested'
          ? `${number.format(report.rowsAccepted)} rows`
          : report.status.replace('-', ' ');
      output.info(
        `[${event.index + 1}/${event.files}] ${report.path}: ${what} (${number.format(rate())} rows/s)`,
      );
    },
    stop: () => {},
  };
}

function shortName(path: string): string {
  const name = printable(path.split(/[\\/!]/).pop() ?? path);
  return name.length > 40 ? `…${name.slice(-39)}` : name;
}
