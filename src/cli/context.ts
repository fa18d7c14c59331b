import type { Command } from 'commander';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { loadConfig } from '../workspace/loadConfig.js';
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

/** The workspace named by --workspace, or the one around the current folder, with its config. */
export function openWorkspace(command: Command): WorkspaceContext {
  const paths = findWorkspace(globalOptions(command).workspace ?? process.cwd());
  return { paths, config: loadConfig(paths.config) };
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
      const code = await run(output, command, ...positional);
      exitWith(code);
    } catch (error) {
      exitWith(error instanceof ScrutinyError ? error.exitCode : ExitCode.internalError, error, output);
    }
  };
}
