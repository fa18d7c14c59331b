/**
 * The fuzz suite's targets and properties, shared by the bounded run in the tests
 * (test/fuzz/fuzz.test.ts) and the long run (`npm run fuzz`, bench/fuzz.ts). Each target takes a
 * valid input the project reads (police.uk CSVs, a police.uk zip, force extract CSVs, Home Office CSV,
 * .xlsx and .ods, the workspace config, governance YAML) and a list of generated mutations (inserted
 * quotes, line breaks, control bytes, impossible dates, flipped bytes, cuts, repeated lines). The
 * properties: no internal error, only ScrutinyErrors; a rejected ingest leaves the store exactly as
 * it was; every error names its file, and every error about a row names its line.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { demoGovernanceTexts } from '../../src/demo/governanceRecords.js';
import { type Problem, ScrutinyError } from '../../src/errors/problem.js';
import { checkGovernance } from '../../src/governance/load.js';
import { ingest } from '../../src/sources/ingest.js';
import type { Store } from '../../src/store/store.js';
import { parseConfigText } from '../../src/workspace/loadConfig.js';
import { configTemplate } from '../../src/workspace/template.js';
import { homeOfficeOds } from '../fixtures/home-office/workbooks.js';
import {
  FIXTURES,
  fixedEffects,
  fixture,
  openStore,
  storeFingerprint,
  type TestWorkspace,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';

/** Text that breaks readers: quotes, separators, line breaks, control bytes, impossible values. */
const NASTY = [
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\u001b[31m',
  '\uFEFF',
  '\u202e',
  'é',
  '\uFFFD',
  '🙂',
  'yesterday',
  '2024-02-30T06:20:46+00:00',
  '2025-13',
  '2027-02-30',
  '1e999',
  'NaN',
  '-1',
  '99999999999999999999',
  ' ',
  'Month',
  'Crime ID',
  ':',
  '- ',
  '{',
  '&a [*a, *a]',
  '!!binary',
];

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'byte'; readonly at: number; readonly value: number }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'repeat-line'; readonly at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.nat(255) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat-line' as const), at: fc.nat() }) },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** Apply the mutations to a file's bytes, positions taken modulo its length. */
export function mutate(bytes: Uint8Array, list: readonly Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of list) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert')
      out = Buffer.concat([out.subarray(0, at), Buffer.from(m.text), out.subarray(at)]);
    else if (m.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
    else if (m.kind === 'byte' && at < out.length) out[at] = m.value;
    else if (m.kind === 'cut') out = out.subarray(0, at);
    else if (m.kind === 'repeat-line') {
      const start = out.lastIndexOf(10, Math.max(at - 1, 0)) + 1;
      const end = out.indexOf(10, at);
      const line = out.subarray(start, end === -1 ? out.length : end + 1);
      out = Buffer.concat([out.subarray(0, start), line, line, out.subarray(start)]);
    }
  }
  return out;
}

/** Codes of problems about a whole file: they name the file but need no line. */
const WHOLE_FILE = new Set([
  'ingest.corrupt-zip',
  'ingest.csv-unreadable',
  'ingest.unreadable-workbook',
  'ingest.header-not-found',
  'ingest.empty-file',
  'ingest.no-extract-date',
  'ingest.bad-file-name',
  'ingest.unrecognised-file',
  'ingest.more-problems',
  'ingest.file-skipped',
  'ingest.no-data-rows',
  'ingest.other-force',
]);

/** Every error names its file; an error about a row also names its line. */
export function assertLocated(problems: readonly Problem[], what: string): void {
  for (const p of problems) {
    if (p.code === 'ingest.run-rejected') continue;
    assert.ok(p.file, `${what}: ${p.code} names no file`);
    if (p.severity === 'error' && !WHOLE_FILE.has(p.code))
      assert.ok(p.line !== undefined && p.line >= 1, `${what}: ${p.code} on ${p.file} names no line`);
  }
}

/** An input file of the ingest: its name (which decides its format) and its valid bytes. */
interface IngestSeed {
  readonly name: string;
  /** A folder the file must sit in (force extracts), if any. */
  readonly folder?: string;
  readonly bytes: () => Uint8Array | Promise<Uint8Array>;
}

const read =
  (...parts: string[]) =>
  () =>
    readFileSync(fixture(...parts));

export const INGEST_SEEDS: readonly IngestSeed[] = [
  {
    name: '2025-02-warwickshire-street.csv',
    bytes: read('archive', '2025-02', '2025-02-warwickshire-street.csv'),
  },
  {
    name: '2025-02-warwickshire-outcomes.csv',
    bytes: read('archive', '2025-02', '2025-02-warwickshire-outcomes.csv'),
  },
  {
    name: '2025-01-warwickshire-stop-and-search.csv',
    bytes: read('archive', '2025-01', '2025-01-warwickshire-stop-and-search.csv'),
  },
  {
    name: '2025-03.zip',
    bytes: () =>
      zipSync({
        '2025-02/2025-02-warwickshire-street.csv': readFileSync(
          fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'),
        ),
        '2025-03/2025-03-warwickshire-outcomes.csv': readFileSync(
          fixture('archive', '2025-03', '2025-03-warwickshire-outcomes.csv'),
        ),
      }),
  },
  ...['crimes.csv', 'satisfaction.csv', 'ocg_disruptions.csv'].map((name) => ({
    name,
    folder: 'force-extract-2025-02-03',
    bytes: () => readFileSync(join(FIXTURES, '..', 'force-extract', 'force-extract-2025-02-03', name)),
  })),
  {
    name: 'prc-pfa-recorded-crime.csv',
    bytes: () => readFileSync(join(FIXTURES, '..', 'home-office', 'prc-pfa-recorded-crime.csv')),
  },
  {
    name: 'prc-outcomes.csv',
    bytes: () => readFileSync(join(FIXTURES, '..', 'home-office', 'prc-outcomes.csv')),
  },
  { name: 'recorded-crime.ods', bytes: () => homeOfficeOds() },
];

export interface IngestTarget {
  readonly ws: TestWorkspace;
  readonly store: Store;
}

/** A workspace whose store already holds the police.uk archive fixture (so there is something to keep). */
export async function ingestTarget(): Promise<IngestTarget> {
  const ws = testWorkspace({ peerSlugs: ['west-mercia'] });
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  return { ws, store };
}

/**
 * Ingest the mutated file: it loads, or it is refused with ScrutinyErrors that name file (and line)
 * and leave the store as it was. Anything else fails with the input's description.
 */
export async function ingestProperty(
  target: IngestTarget,
  seed: IngestSeed,
  bytes: Uint8Array,
  skipBadRows: boolean,
): Promise<void> {
  const folder = join(target.ws.root, 'fuzz', randomUUID(), seed.folder ?? '');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, seed.name);
  writeFileSync(path, bytes);
  const before = await storeFingerprint(target.store);
  const options = { ...target.ws.options, skipBadRows };
  try {
    const summary = await ingest(target.store, [path], options, fixedEffects);
    assertLocated(summary.problems, path);
  } catch (error) {
    if (!(error instanceof ScrutinyError))
      throw new Error(`internal error ingesting ${path}: ${error instanceof Error ? error.stack : error}`);
    assertLocated(error.problems, path);
    assert.deepEqual(
      await storeFingerprint(target.store),
      before,
      `${path}: a rejected ingest changed the store`,
    );
  }
}

/** The workspace config: it parses, or every problem is a ScrutinyError naming the file. */
export function configProperty(text: string): void {
  const file = '/fuzz/scrutiny.config.yaml';
  try {
    parseConfigText(text, file);
  } catch (error) {
    if (!(error instanceof ScrutinyError))
      throw new Error(`internal error reading the config:\n${text}\n${error}`);
    for (const p of error.problems) assert.equal(p.file, file, `${p.code} names no file`);
  }
}

export const CONFIG_SEED = configTemplate({
  forceSlug: 'warwickshire',
  forceName: 'Warwickshire Police',
  area: 'Warwickshire',
  population: 545474,
});

export const GOVERNANCE_SEEDS: Readonly<Record<string, string>> = demoGovernanceTexts({
  endMonth: '2024-03',
});

/** The governance files: each problem names its file; no internal error. */
export function governanceProperty(texts: Record<string, string>): void {
  try {
    const { problems } = checkGovernance(texts, '/fuzz/governance', { knownMeasures: new Set(['robbery']) });
    for (const p of problems) assert.ok(p.file, `${p.code} names no file`);
  } catch (error) {
    if (!(error instanceof ScrutinyError)) throw new Error(`internal error reading governance: ${error}`);
    for (const p of error.problems) assert.ok(p.file, `${p.code} names no file`);
  }
}
