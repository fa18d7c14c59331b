/**
 * The fuzz suite's bounded run (issue 11): a few generated inputs per target, from a fixed seed so
 * the suite is the same on every machine (FUZZ_SEED=n FUZZ_RUNS=n to explore; `npm run fuzz` is the
 * long run with fresh seeds, see docs/security.md). Properties and targets: fuzzTargets.ts.
 */
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import {
  CONFIG_SEED,
  configProperty,
  GOVERNANCE_SEEDS,
  governanceProperty,
  INGEST_SEEDS,
  type IngestTarget,
  ingestProperty,
  ingestTarget,
  mutate,
  mutations,
} from './fuzzTargets.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };

let target: IngestTarget;
before(async () => {
  target = await ingestTarget();
});
after(() => target.store.close());

for (const seed of INGEST_SEEDS)
  test(`fuzz: mutated ${seed.name} is loaded or refused with located errors, the store unchanged`, async () => {
    const valid = await seed.bytes();
    await fc.assert(
      fc.asyncProperty(mutations, fc.boolean(), (list, skipBadRows) =>
        ingestProperty(target, seed, mutate(valid, list), skipBadRows),
      ),
      settings,
    );
  });

test('fuzz: a mutated scrutiny.config.yaml is read or refused with errors naming the file', () => {
  const valid = Buffer.from(CONFIG_SEED);
  fc.assert(
    fc.property(mutations, (list) => configProperty(mutate(valid, list).toString('utf8'))),
    { ...settings, numRuns: RUNS * 4 },
  );
});

test('fuzz: mutated governance files are read or refused with errors naming the file', () => {
  const names = Object.keys(GOVERNANCE_SEEDS);
  fc.assert(
    fc.property(fc.constantFrom(...names), mutations, (name, list) =>
      governanceProperty({
        ...GOVERNANCE_SEEDS,
        [name]: mutate(Buffer.from(GOVERNANCE_SEEDS[name] ?? ''), list).toString('utf8'),
      }),
    ),
    { ...settings, numRuns: RUNS * 4 },
  );
});
