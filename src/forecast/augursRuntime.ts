/**
 * Loading augurs' MSTL WebAssembly in Node, once, offline.
 *
 * The package's default initialiser fetches `mstl_bg.wasm` by URL, which Node's fetch cannot do for
 * file: URLs. So the bytes are read from the installed package and handed to `initSync`, which
 * compiles them in-process: no network, no browser. The first call costs a few milliseconds;
 * later calls return at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initSync, MSTL } from '@bsull/augurs/mstl';

let loaded = false;

/** The MSTL class, its wasm initialised. */
export function mstl(): typeof MSTL {
  if (!loaded) {
    const entry = createRequire(import.meta.url).resolve('@bsull/augurs/mstl');
    initSync({ module: readFileSync(path.join(path.dirname(entry), 'mstl_bg.wasm')) });
    loaded = true;
  }
  return MSTL;
}
