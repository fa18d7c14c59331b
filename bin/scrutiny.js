#!/usr/bin/env node
// Runs the compiled program (dist/, built from src/ by `npm ci` or `npm install` through the
// `prepare` script) in this same process: no second node, so a signal sent to this PID reaches the
// program itself. `npm run scrutiny -- <args>` runs the TypeScript sources instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `error: scrutiny is not built: ${fileURLToPath(main)} is missing.\n` +
      `Run \`npm ci\` (or \`npm run build\`) in ${root}, then try again.\n`,
  );
  process.exit(70);
}
await import(main.href);
