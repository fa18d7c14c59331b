import { readFileSync } from 'node:fs';

/** The package version, printed by --version and in every generated document's colophon. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
