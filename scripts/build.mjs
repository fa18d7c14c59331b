#!/usr/bin/env node
/**
 * Compiles the TypeScript sources into dist/ (run by `npm ci` and `npm install` through the
 * `prepare` script, so a clone needs no extra command). esbuild bundles src/cli/main.ts into
 * dist/cli/main.js; every `import()` inside a command's action becomes its own chunk in
 * dist/chunks/, so a command loads only the code it uses. Packages in node_modules stay outside the
 * bundle and load from node_modules as before.
 *
 * Every output file sits exactly two folders below the package root (dist/cli/, dist/chunks/), as
 * the sources do (src/cli/, ...), so `new URL('../../package.json', import.meta.url)` finds the
 * package from both. The built-in measure catalogue (YAML read at run time) is copied to
 * dist/catalogue/measures/, where the bundle looks for it.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'cli/main': 'src/cli/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

const catalogue = join(root, 'src', 'catalogue', 'measures');
mkdirSync(join(dist, 'catalogue', 'measures'), { recursive: true });
for (const name of readdirSync(catalogue).filter((n) => n.endsWith('.yaml')))
  cpSync(join(catalogue, name), join(dist, 'catalogue', 'measures', name));

console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
