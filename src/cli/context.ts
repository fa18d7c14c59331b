import type { Command } from 'commander';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import type * as ConfigLoader from '../workspace/loadConfig.js';
import { findWorkspace, type WorkspacePaths } from '../workspace/paths.js';
import { exitWith, Output } from './output.js';

export interface GlobalOptions {
  readonly workspace?: string;
  readonly json: boolean;
  readonly quiet: boolean;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

export function outputFor(command: Command): Output {
  const { json, quiet } = globalOptions(command);
  return new Output({ json, quiet });
}

export interface WorkspaceContext {
  readonly paths: WorkspacePaths;
  readonly config: WorkspaceConfig;
}

/**
 * The config reader (YAML and the schema library), loaded by action() before a command runs rather
 * than at start-up, so that --help and --version do not pay for it.
 */
let configLoader: typeof ConfigLoader | undefined;

/** The workspace named by --workspace, or the one around the current folder, with its config. */
export function openWorkspace(command: Command): WorkspaceContext {
  if (configLoader === undefined)
    throw new Error('openWorkspace() runs inside a command wrapped by action()');
  const paths = findWorkspace(globalOptions(command).workspace ?? process.cwd());
  return { paths, config: configLoader.loadConfig(paths.config) };
}

/**
 * Wrap a command's action so that every ScrutinyError becomes its message and exit code, and any
 * other exception is reported as an internal error. Actions return their exit code.
 */
export function action<A extends unknown[]>(
  run: (output: Output, command: Command, ...args: A) => Promise<number>,
): (...args: [...A, Record<string, unknown>, Command]) => Promise<void> {
  return async (...args) => {
    const command = args[args.length - 1] as Command;
    const output = outputFor(command);
    const positional = args.slice(0, -2) as unknown as A;
    try {
      configLoader ??= await import('../workspace/loadConfig.js');
      const code = await run(output, command, ...positional);
      exitWith(code);
    } catch (error) {
      exitWith(error instanceof ScrutinyError ? error.exitCode : ExitCode.internalError, error, output);
    }
  };
}
