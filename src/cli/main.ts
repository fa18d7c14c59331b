#!/usr/bin/env node
/**
 * Scrutiny's command line. The pipeline (architecture.md):
 *   input files -> sources (one adapter per format, validated) -> store (DuckDB, provenance)
 *   -> measures (catalogue compiled to SQL) -> stats (pure) -> narrative -> report / site.
 * Only this folder parses arguments, prints, shows progress and sets exit codes.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode } from '../errors/problem.js';
import { registerCommands } from './commands/index.js';
import { exitWith } from './output.js';
import { version } from './version.js';

const program = new Command()
  .name('scrutiny')
  .description(
    'National Crime and Policing Measures statements, Panel reports and websites from the data itself',
  )
  .version(version)
  .option(
    '-w, --workspace <dir>',
    'workspace folder (default: the nearest folder holding scrutiny.config.yaml)',
  )
  .option('--json', 'print a machine-readable JSON summary instead of text', false)
  .option('-q, --quiet', 'print only results and errors (no progress, no warnings)', false)
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version are not errors; anything else commander rejects is a usage error.
    exitWith(error.exitCode === 0 ? ExitCode.ok : ExitCode.usageError);
  }
  throw error;
}
