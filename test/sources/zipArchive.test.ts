/**
 * The zip reader (yauzl, through discoverZip.ts and zipExtract.ts) on the archives police.uk
 * publishes and the damage they can come with: a Zip64 archive (over 4 GB, built here small), a
 * zip declaring more than Scrutiny unpacks, an entry whose CRC is wrong, and an entry of another
 * kind that cannot be decompressed but is never asked for.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { readZipDirectory } from '../../src/sources/discoverZip.js';
import { ingest } from '../../src/sources/ingest.js';
import { MAX_ZIP_DATA_BYTES } from '../../src/sources/ingestPrepare.js';
import { extractZipEntry } from '../../src/sources/zipExtract.js';
import {
  fixedEffects,
  fixture,
  openStore,
  storeFingerprint,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';
import { rejected } from '../helpers/rejected.js';
import { scratchDir } from '../helpers/scratch.js';
import { crc32, zip64 } from '../helpers/zip64.js';

const STREET_NAME = '2025-02/2025-02-warwickshire-street.csv';
const STREET = readFileSync(fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'));
const OUTCOMES_NAME = '2025-03/2025-03-warwickshire-outcomes.csv';
const OUTCOMES = readFileSync(fixture('archive', '2025-03', '2025-03-warwickshire-outcomes.csv'));

function scratch(): string {
  return scratchDir('scrutiny-zip-');
}

test('a Zip64 archive lists its entries with their true sizes and unpacks each exactly', async () => {
  const dir = scratch();
  const path = join(dir, '2025-03.zip');
  writeFileSync(
    path,
    zip64([
      { name: STREET_NAME, data: STREET, deflate: true },
      { name: OUTCOMES_NAME, data: OUTCOMES },
    ]),
  );
  const entries = await readZipDirectory(path, path);
  assert.deepEqual(
    entries.map((e) => [e.name, e.method, e.size]),
    [
      [STREET_NAME, 8, STREET.length],
      [OUTCOMES_NAME, 0, OUTCOMES.length],
    ],
  );
  assert.ok(entries[1]!.localHeaderOffset > 0, 'the second entry comes after the first');
  for (const [entry, bytes] of [
    [entries[0]!, STREET],
    [entries[1]!, OUTCOMES],
  ] as const) {
    const out = join(dir, 'out.csv');
    const scan = await extractZipEntry(path, path, entry, out);
    assert.deepEqual(readFileSync(out), bytes);
    assert.equal(scan.sizeBytes, bytes.length);
    assert.equal(scan.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(scan.lineCount, bytes.toString('utf8').trimEnd().split('\n').length);
  }
});

test('a Zip64 archive ingests like any other', async () => {
  const ws = testWorkspace();
  const path = join(ws.root, '2025-03.zip');
  writeFileSync(path, zip64([{ name: STREET_NAME, data: STREET, deflate: true }]));
  const store = await openStore(ws);
  const result = await ingest(store, [path], ws.options, fixedEffects);
  store.close();
  assert.deepEqual(
    result.files.map((f) => [f.path, f.status]),
    [[`${path}!${STREET_NAME}`, 'ingested']],
  );
  assert.equal(result.rowsAccepted, STREET.toString('utf8').trimEnd().split('\n').length - 1);
});

test('a zip whose data files declare more than Scrutiny unpacks is refused before anything is unpacked', async () => {
  const ws = testWorkspace();
  const path = join(ws.root, '2025-03.zip');
  writeFileSync(
    path,
    zip64([{ name: STREET_NAME, data: STREET, deflate: true, declare: MAX_ZIP_DATA_BYTES + 1 }]),
  );
  const store = await openStore(ws);
  const before = await storeFingerprint(store);
  const error = await rejected(() => ingest(store, [path], ws.options, fixedEffects));
  assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
  assert.equal(error.problems[0]?.file, path);
  assert.match(
    error.problems[0]?.message ?? '',
    new RegExp(`declare ${MAX_ZIP_DATA_BYTES + 1} bytes in all, more than the ${MAX_ZIP_DATA_BYTES}`),
  );
  const tmp = ws.options.tmpDir;
  assert.deepEqual(existsSync(tmp) ? readdirSync(tmp) : [], [], 'nothing was unpacked');
  assert.deepEqual(await storeFingerprint(store), before);
  store.close();
});

test('an entry whose bytes do not match its CRC is named as damaged', {
  skip: !crc32 && 'zlib.crc32 needs Node 20.15',
}, async () => {
  const dir = scratch();
  const path = join(dir, 'a.zip');
  const zip = Buffer.from(zipSync({ [STREET_NAME]: STREET }));
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE((zip.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
  writeFileSync(path, zip);
  const [entry] = await readZipDirectory(path, path);
  const error = await rejected(() => extractZipEntry(path, path, entry!, join(dir, 'out.csv')));
  assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
  assert.match(error.problems[0]?.message ?? '', /2025-02-warwickshire-street\.csv fails its CRC check/);
});

test('an entry of another kind is never decompressed: a method Scrutiny cannot read there is no error', async () => {
  const ws = testWorkspace();
  const path = join(ws.root, '2025-03.zip');
  const zip = Buffer.from(
    zipSync({ 'notes.txt': new TextEncoder().encode('x'.repeat(500)), [STREET_NAME]: STREET }),
  );
  // notes.txt is the first entry: give it method 12 (bzip2) in both of its headers.
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt16LE(12, 8);
  zip.writeUInt16LE(12, central + 10);
  writeFileSync(path, zip);
  const [notes] = await readZipDirectory(path, path);
  assert.equal(notes?.method, 12);
  const refused = await rejected(() => extractZipEntry(path, path, notes!, join(ws.root, 'notes.txt')));
  assert.match(refused.problems[0]?.message ?? '', /compression method 12/);
  const store = await openStore(ws);
  const result = await ingest(store, [path], ws.options, fixedEffects);
  store.close();
  assert.deepEqual(
    result.files.map((f) => f.status),
    ['ingested'],
  );
});

test('a zip cut short inside its directory is named as cut short', async () => {
  const dir = scratch();
  const path = join(dir, 'a.zip');
  const whole = Buffer.from(zipSync({ [STREET_NAME]: STREET, [OUTCOMES_NAME]: OUTCOMES }));
  // Keep the end record but lose the directory before it: the end record points past what is left.
  const end = whole.subarray(whole.length - 22);
  const central = whole.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  writeFileSync(path, Buffer.concat([whole.subarray(0, central - 10), end]));
  const error = await rejected(() => readZipDirectory(path, path));
  assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
  assert.match(error.problems[0]?.message ?? '', /cut short/);
});

test('a zip with bytes after its end record, or an entry named outside its folders, is refused in plain words', async () => {
  const dir = scratch();
  const path = join(dir, 'a.zip');
  writeFileSync(path, Buffer.concat([zipSync({ [STREET_NAME]: STREET }), Buffer.from('more bytes')]));
  const appended = await rejected(() => readZipDirectory(path, path));
  assert.equal(appended.problems[0]?.code, 'ingest.corrupt-zip');
  assert.match(appended.problems[0]?.message ?? '', /bytes follow its end-of-directory record/);

  writeFileSync(path, zipSync({ '../2025-02-warwickshire-street.csv': STREET }));
  const outside = await rejected(() => readZipDirectory(path, path));
  assert.equal(outside.problems[0]?.code, 'ingest.corrupt-zip');
  assert.match(
    outside.problems[0]?.message ?? '',
    /directory entry 1 of 1 is damaged \(it names an entry outside its own folders, "\.\.\/2025-02-warwickshire-street\.csv"\)/,
  );
});

test('a zip cut short after its directory was read is named as damaged when an entry is unpacked', async () => {
  const dir = scratch();
  const path = join(dir, 'a.zip');
  const whole = Buffer.from(zipSync({ [STREET_NAME]: STREET }));
  writeFileSync(path, whole);
  const [entry] = await readZipDirectory(path, path);
  writeFileSync(path, whole.subarray(0, whole.length - 30));
  const error = await rejected(() => extractZipEntry(path, path, entry!, join(dir, 'out.csv')));
  assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
  assert.match(error.problems[0]?.message ?? '', /cut short or is not a zip/);
});
