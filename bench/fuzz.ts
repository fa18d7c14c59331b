/**
 * `npm run fuzz`: the long run of the fuzz suite (test/fuzz/fuzzTargets.ts). Each target gets
 * FUZZ_RUNS generated inputs (default 500) from a fresh seed, printed first so a failure can be
 * replayed with FUZZ_SEED=<seed>; the bounded run in `npm test` uses a fixed seed and 12 inputs.
 * A failure prints the shrunk counterexample (the list of mutations) and exits 1.
 */
import fc from 'fast-check';
import {
  CONFIG_SEED,
  configProperty,
  GOVERNANCE_SEEDS,
  governanceProperty,
  INGEST_SEEDS,
  ingestProperty,
  ingestTarget,
  mutate,
  mutations,
} from '../test/fuzz/fuzzTargets.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
console.log(`fuzz: ${RUNS} inputs per target, seed ${SEED}`);
const settings = { numRuns: RUNS, seed: SEED };
let failed = 0;

async function run(name: string, check: () => Promise<unknown> | unknown): Promise<void> {
  const started = performance.now();
  try {
    await check();
    console.log(`ok   ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

const target = await ingestTarget();
for (const seed of INGEST_SEEDS) {
  const valid = await seed.bytes();
  await run(`ingest ${seed.name}`, () =>
    fc.assert(
      fc.asyncProperty(mutations, fc.boolean(), (list, skipBadRows) =>
        ingestProperty(target, seed, mutate(valid, list), skipBadRows),
      ),
      settings,
    ),
  );
}
target.store.close();
await run('scrutiny.config.yaml', () =>
  fc.assert(
    fc.property(mutations, (list) => configProperty(mutate(Buffer.from(CONFIG_SEED), list).toString('utf8'))),
    settings,
  ),
);
const names = Object.keys(GOVERNANCE_SEEDS);
await run('governance YAML', () =>
  fc.assert(
    fc.property(fc.constantFrom(...names), mutations, (name, list) =>
      governanceProperty({
        ...GOVERNANCE_SEEDS,
        [name]: mutate(Buffer.from(GOVERNANCE_SEEDS[name] ?? ''), list).toString('utf8'),
      }),
    ),
    settings,
  ),
);
console.log(failed === 0 ? 'fuzz: no failures' : `fuzz: ${failed} targets failed (seed ${SEED})`);
process.exit(failed === 0 ? 0 : 1);
