import type { Command } from 'commander';
import { registerApp } from './app.js';
import { registerBoard } from './board.js';
import { registerCheck } from './check.js';
import { registerDemo } from './demo.js';
import { registerFetch } from './fetch.js';
import { registerGovernance } from './governance.js';
import { registerIngest } from './ingest.js';
import { registerInit } from './init.js';
import { registerMeasures } from './measures.js';
import { registerPeers } from './peers.js';
import { registerReport } from './report.js';
import { registerSite } from './site.js';
import { registerStatement } from './statement.js';
import { registerStatus } from './status.js';

/** Every command, in the order `scrutiny --help` lists them. */
export function registerCommands(program: Command): void {
  registerInit(program);
  registerDemo(program);
  registerFetch(program);
  registerIngest(program);
  registerStatus(program);
  registerPeers(program);
  registerMeasures(program);
  registerGovernance(program);
  registerCheck(program);
  registerStatement(program);
  registerReport(program);
  registerBoard(program);
  registerSite(program);
  registerApp(program);
}
