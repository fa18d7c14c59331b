// Preload (`node --import`) that records every module the program loads, one URL or path a line, in
// the file SCRUTINY_MODULE_LOG names: the lazy-loading test reads it to see what a command loaded.
// ES modules are seen by a loader hook; CommonJS ones (require, also inside packages) by wrapping
// the CommonJS resolver.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

register('./moduleRecorderHooks.mjs', import.meta.url);

const log = process.env.SCRUTINY_MODULE_LOG;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const resolved = resolveFilename.apply(this, args);
  if (log) appendFileSync(log, `${resolved}\n`);
  return resolved;
};
