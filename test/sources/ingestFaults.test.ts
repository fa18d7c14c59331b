/**
 * Issue 11, items 7 and 9: faults of the machine and of hostile files get an answer naming the file
 * and the cause, never an internal error, and the store is unchanged. Zip bombs stop at the declared
 * size; a killed run's scratch folder is removed by the next ingest. The disk-full and read-only
 * cases mount a small tmpfs (the tests run as root in CI); they skip, saying so, where mounting is
 * not allowed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { formatProblem } from '../../src/errors/problem.js';
import { readZipDirectory } from '../../src/sources/discoverZip.js';
import { ingest } from '../../src/sources/ingest.js';
import { extractZipEntry } from '../../src/sources/zipExtract.js';
import { Store } from '../../src/store/store.js';
import {
  fixedEffects,
  fixture,
  openStore,
  storeFingerprint,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';
import { rejected } from '../helpers/rejected.js';
import { scratchDir } from '../helpers/scratch.js';

const STREET = readFileSync(fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'), 'utf8');

/** A zip whose one entry really holds `size` bytes but whose headers declare `declared`. */
function lyingZip(path: string, name: string, size: number, declared: number): void {
  const zip = Buffer.from(zipSync({ [name]: new Uint8Array(size).fill(65) }));
  const entries = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(declared, 22); // local header: uncompressed size
  zip.writeUInt32LE(declared, entries + 24); // central directory: uncompressed size
  writeFileSync(path, zip);
}

test('a zip bomb stops inflating at its declared size, is named, and leaves no scratch files', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const before = await storeFingerprint(store);
  const zip = join(ws.root, '2025-02.zip');
  lyingZip(zip, '2025-02/2025-02-warwickshire-street.csv', 64 * 1024 * 1024, 2000);
  const error = await rejected(() => ingest(store, [zip], ws.options, fixedEffects));
  assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
  assert.equal(error.problems[0]?.file, zip);
  assert.match(error.problems[0]?.message ?? '', /more than the 2000 bytes its directory declares/);
  assert.deepEqual(readdirSync(ws.options.tmpDir), []);
  assert.deepEqual(await storeFingerprint(store), before);
  store.close();
});

test('the scratch folder of a killed run is removed by the next ingest', async () => {
  const ws = testWorkspace();
  const left = join(ws.options.tmpDir, 'ingest-killed-run', 'unpacked');
  mkdirSync(left, { recursive: true });
  writeFileSync(join(left, '2025-02-warwickshire-street.csv'), STREET);
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  store.close();
  assert.equal(existsSync(join(ws.options.tmpDir, 'ingest-killed-run')), false);
});

test('a write failing while unzipping blames the disk, not the zip', async () => {
  const dir = scratchDir('scrutiny-unzip-');
  const zip = join(dir, 'a.zip');
  writeFileSync(zip, zipSync({ 'a.csv': new TextEncoder().encode(STREET) }));
  const [entry] = await readZipDirectory(zip, zip);
  // /dev/full answers every write with ENOSPC, as a full disk does.
  const error = await rejected(() => extractZipEntry(zip, zip, entry!, '/dev/full'));
  assert.equal(error.problems[0]?.code, 'ingest.unpack-write-failed');
  assert.equal(error.problems[0]?.file, zip);
  assert.match(error.problems[0]?.message ?? '', /no space left on device.*the zip is not at fault/i);
});

test('a symbolic link loop in data/ is an error naming the link', async () => {
  const ws = testWorkspace();
  const data = join(ws.root, 'data', 'police-uk');
  mkdirSync(data, { recursive: true });
  symlinkSync('..', join(data, 'up'));
  const store = await openStore(ws);
  const error = await rejected(() => ingest(store, [join(ws.root, 'data')], ws.options, fixedEffects));
  store.close();
  assert.equal(error.problems[0]?.code, 'ingest.link-loop');
  assert.equal(error.problems[0]?.file, join(data, 'up'));
  assert.equal(error.exitCode, 1);
});

test('a force extract folder named for a day that does not exist says what the name must be', async () => {
  const ws = testWorkspace();
  const folder = join(ws.root, 'data', 'force-extract-2027-02-30');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'crimes.csv'),
    readFileSync(fixture('..', 'force-extract', 'force-extract-2025-02-03', 'crimes.csv')),
  );
  const store = await openStore(ws);
  const before = await storeFingerprint(store);
  const error = await rejected(() => ingest(store, [folder], ws.options, fixedEffects));
  assert.equal(error.problems[0]?.code, 'ingest.no-extract-date');
  assert.equal(error.problems[0]?.found, '"force-extract-2027-02-30"');
  assert.deepEqual(await storeFingerprint(store), before);
  store.close();
});

for (const [what, damage] of [
  ['empty', (path: string) => writeFileSync(path, '')],
  ['not a DuckDB file', (path: string) => writeFileSync(path, Buffer.alloc(300_000, 7))],
  ['cut short', (path: string) => truncateSync(path, 200_000)],
] as const) {
  test(`a store that is ${what} is named as damaged, with how to rebuild it`, async () => {
    const ws = testWorkspace();
    const store = await openStore(ws);
    await ingest(store, [fixture('archive')], ws.options, fixedEffects);
    store.close();
    damage(ws.storePath);
    const error = await rejected(() => Store.open(ws.storePath));
    assert.equal(error.problems[0]?.code, 'store.damaged');
    assert.equal(error.problems[0]?.file, ws.storePath);
    assert.equal(error.exitCode, 1);
  });
}

test('a store whose folder is a file cannot be written, and says so', async () => {
  const ws = testWorkspace();
  mkdirSync(ws.root, { recursive: true });
  writeFileSync(join(ws.root, '.scrutiny'), 'not a folder');
  const error = await rejected(() => Store.open(ws.storePath));
  assert.equal(error.problems[0]?.code, 'store.not-writable');
});

test('bytes from input files reach the terminal as visible escapes, never as control sequences', () => {
  const text = formatProblem({
    code: 'ingest.bad-date',
    severity: 'error',
    message: 'the value is not a valid date',
    file: 'data/\u001b]0;pwned\u0007x.csv',
    line: 3,
    field: 'Month',
    found: '"\u001b[31mred\u001b[0m\r\u0000\u202e"',
  });
  assert.ok(![...text].some((char) => (char.codePointAt(0) ?? 0) < 0x20 || char === '\u202e'), text);
  assert.match(text, /\\x1b\[31mred\\x1b\[0m\\x0d\\x00\\u202e/);
});

/** A tmpfs of `size` at a new folder, or undefined (with the reason) where mounting is not allowed. */
function smallDisk(size: string, readOnly = false): { dir: string; unmount: () => void } | string {
  const dir = scratchDir('scrutiny-small-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${readOnly ? ',ro' : ''}`, 'tmpfs', dir], {
      stdio: 'pipe',
    });
  } catch (error) {
    return `cannot mount a small tmpfs here (${String((error as Error).message).split('\n')[0]})`;
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) };
}

test('a disk filling up during the store write is said as such; the store is unchanged', async (t) => {
  const disk = smallDisk('3m');
  if (typeof disk === 'string') return t.skip(disk);
  try {
    const ws = testWorkspace({ tmpDir: join(disk.dir, 'tmp') });
    const storePath = join(disk.dir, 'store.duckdb');
    const store = await Store.open(storePath);
    await ingest(store, [fixture('archive')], ws.options, fixedEffects);
    const before = await storeFingerprint(store);
    const rows = STREET.split('\n')[1]!;
    const lines = [STREET.split('\n')[0]!];
    // Random ids do not compress: 60,000 rows need more room than the disk has.
    for (let i = 0; i < 60_000; i++)
      lines.push(
        `${randomBytes(32).toString('hex')}${rows.slice(rows.indexOf(','))}`.replace('Place', `Place ${i}`),
      );
    const big = join(ws.root, '2025-02-warwickshire-street.csv');
    writeFileSync(big, `${lines.join('\n')}\n`);
    const error = await rejected(() => ingest(store, [big], ws.options, fixedEffects)).finally(() =>
      store.close(),
    );
    assert.equal(error.problems[0]?.code, 'store.disk-full', formatProblem(error.problems[0]!));
    assert.equal(error.problems[0]?.file, storePath);
    const reopened = await Store.open(storePath);
    const after = await storeFingerprint(reopened);
    reopened.close();
    assert.deepEqual(after, before);
  } finally {
    disk.unmount();
  }
});

test('a read-only workspace cannot hold a store, and says so', async (t) => {
  const disk = smallDisk('1m', true);
  if (typeof disk === 'string') return t.skip(disk);
  try {
    const error = await rejected(() => Store.open(join(disk.dir, '.scrutiny', 'store.duckdb')));
    assert.equal(error.problems[0]?.code, 'store.not-writable');
    assert.match(error.problems[0]?.message ?? '', /read-only file system/i);
  } finally {
    disk.unmount();
  }
});
