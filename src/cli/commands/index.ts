import type { Command } from 'commander';
import { registerGovernance } from './governance.js';
import { registerInit } from './init.js';
import { registerMeasures } from './measures.js';

/** Every command, in the order `scrutiny --help` lists them. */
export function registerCommands(program: Command): void {
  registerInit(program);
  registerMeasures(program);
  registerGovernance(program);
}
