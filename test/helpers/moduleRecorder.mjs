// Preload (`node --import`) that records every module the program resolves, one URL a line, in the
// file SCRUTINY_MODULE_LOG names: the lazy-loading test reads it to see what a command loaded.
import { register } from 'node:module';

register('./moduleRecorderHooks.mjs', import.meta.url);
