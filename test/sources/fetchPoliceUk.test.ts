/**
 * `scrutiny fetch police-uk` against a local HTTP server on 127.0.0.1 that serves a fixture archive
 * (built here from test/fixtures/police-uk, with a second force in it) at the published path, honours
 * HTTP Range, and can break a transfer off half-way. No network beyond loopback is used.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { ScrutinyError } from '../../src/errors/problem.js';
import { readZipDirectory, type ZipEntry } from '../../src/sources/discoverZip.js';
import { archivesFor, parseMonthRange } from '../../src/sources/fetch/archiveMonths.js';
import { type FetchEvent, fetchPoliceUk } from '../../src/sources/fetch/fetchPoliceUk.js';
import { extractZipEntry } from '../../src/sources/zipExtract.js';
import { fixture } from '../fixtures/police-uk/testWorkspace.js';
import { scratchDir } from '../helpers/scratch.js';

const ENTRIES: Record<string, string> = {
  '2025-01/2025-01-warwickshire-street.csv': fixture('archive', '2025-01', '2025-01-warwickshire-street.csv'),
  '2025-01/2025-01-warwickshire-stop-and-search.csv': fixture(
    'archive',
    '2025-01',
    '2025-01-warwickshire-stop-and-search.csv',
  ),
  '2025-01/2025-01-west-mercia-street.csv': fixture('other-force', '2025-01-west-mercia-street.csv'),
  '2025-02/2025-02-warwickshire-street.csv': fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'),
  '2025-02/2025-02-warwickshire-outcomes.csv': fixture(
    'archive',
    '2025-02',
    '2025-02-warwickshire-outcomes.csv',
  ),
  '2025-03/2025-03-warwickshire-outcomes.csv': fixture(
    'archive',
    '2025-03',
    '2025-03-warwickshire-outcomes.csv',
  ),
};
// One entry (2025-02 street) is stored uncompressed, the rest deflated: both methods are copied.
const ARCHIVE = Buffer.from(
  zipSync(
    Object.fromEntries(
      Object.entries(ENTRIES).map(([name, path], i) => [
        name,
        [readFileSync(path), { level: i === 3 ? 0 : 6 }],
      ]),
    ) as never,
  ),
);

interface Served {
  readonly server: Server;
  readonly base: string;
  readonly requests: { url: string; range: string | undefined }[];
}

/**
 * Serve ARCHIVE at /data/archive/2025-03.zip; `breakFirst` cuts the first transfer off half-way, once
 * `cut` resolves (the test resolves it when the client says the first bytes are on disk: a fixed delay
 * lost them on a loaded machine, the link dropping before the client had read what was sent).
 */
async function serve(breakFirst: boolean, cut: Promise<void> = Promise.resolve()): Promise<Served> {
  const requests: Served['requests'] = [];
  let broken = false;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push({ url: request.url ?? '', range: request.headers.range });
    if (request.url !== '/data/archive/2025-03.zip') {
      response.writeHead(404, 'Not Found').end();
      return;
    }
    const from = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? '')?.[1] ?? 0);
    const body = ARCHIVE.subarray(from);
    response.writeHead(from > 0 ? 206 : 200, {
      'Content-Length': String(body.length),
      ...(from > 0 ? { 'Content-Range': `bytes ${from}-${ARCHIVE.length - 1}/${ARCHIVE.length}` } : {}),
    });
    if (breakFirst && !broken) {
      broken = true;
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      void cut.then(() => request.socket.destroy());
      return;
    }
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, requests };
}

function dataDir(): string {
  return join(scratchDir('scrutiny-fetch-'), 'data');
}

test('month ranges: one month or first..last; the archives that cover a range, newest first', () => {
  assert.deepEqual(parseMonthRange('2025-01..2025-03'), { first: '2025-01', last: '2025-03' });
  assert.deepEqual(parseMonthRange('2025-02'), { first: '2025-02', last: '2025-02' });
  for (const bad of ['2025-03..2025-01', '2025-13', 'March', '2025-01..2025-02..2025-03'])
    assert.throws(
      () => parseMonthRange(bad),
      (e: unknown) =>
        e instanceof ScrutinyError && e.problems[0]?.code === 'fetch.bad-months' && e.exitCode === 2,
    );
  // 2025-03 covers 2022-04..2025-03; 2022-03 covers 2019-04..2022-03; 2019-03 reaches back past 2019-01.
  assert.deepEqual(archivesFor({ first: '2019-01', last: '2025-03' }), ['2025-03', '2022-03', '2019-03']);
  assert.deepEqual(archivesFor({ first: '2022-04', last: '2025-03' }), ['2025-03']);
});

test('a broken transfer resumes with HTTP Range; only the force and months asked for are kept', async () => {
  let bytesOnDisk!: () => void;
  const cut = new Promise<void>((done) => (bytesOnDisk = done));
  const { server, base, requests } = await serve(true, cut);
  const data = dataDir();
  const options = {
    forces: ['warwickshire'],
    months: { first: '2025-02', last: '2025-03' },
    baseUrl: base,
    dataDir: data,
    keepArchive: false,
    thisMonth: '2025-04',
  };
  try {
    const onEvent = (event: FetchEvent) => {
      if (event.type === 'progress' && event.progress.bytes > 0) bytesOnDisk();
    };
    await assert.rejects(fetchPoliceUk(options, onEvent), (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      assert.equal(error.problems[0]?.code, 'fetch.offline');
      assert.match(error.problems[0]?.message ?? '', /broke off/);
      return true;
    });
    const part = join(data, '.downloads', '2025-03.zip.part');
    const kept = statSync(part).size;
    assert.ok(kept > 0 && kept < ARCHIVE.length, `a partial file is kept (${kept} of ${ARCHIVE.length})`);

    const summary = await fetchPoliceUk(options);
    assert.equal(requests.at(-1)?.range, `bytes=${kept}-`);
    assert.equal(summary.archives[0]?.resumedFrom, kept);
    assert.equal(summary.archives[0]?.bytes, ARCHIVE.length);
    // The full archive is gone (not kept), the part too; the force's own zip is in data/police-uk.
    assert.deepEqual(readdirSync(join(data, '.downloads')), []);
    const written = join(data, 'police-uk', 'warwickshire', '2025-03.zip');
    assert.deepEqual(summary.written, [{ path: written, forceSlug: 'warwickshire', files: 3 }]);
    const entries = await readZipDirectory(written, written);
    assert.deepEqual(
      entries.map((e) => e.name),
      [
        '2025-02/2025-02-warwickshire-street.csv',
        '2025-02/2025-02-warwickshire-outcomes.csv',
        '2025-03/2025-03-warwickshire-outcomes.csv',
      ],
    );
    // Copied as stored: the method, CRC, sizes and time of each entry are the published archive's.
    const archivePath = join(data, 'published.zip');
    writeFileSync(archivePath, ARCHIVE);
    const published = new Map((await readZipDirectory(archivePath, archivePath)).map((e) => [e.name, e]));
    const stored = (e: ZipEntry) => [
      e.method,
      e.crc32,
      e.compressedSize,
      e.size,
      e.record.lastModFileDate,
      e.record.lastModFileTime,
    ];
    for (const entry of entries) assert.deepEqual(stored(entry), stored(published.get(entry.name)!));
    assert.deepEqual(
      entries.map((e) => e.method),
      [0, 8, 8],
    );
    // Each copied entry inflates (and passes its CRC) to exactly the fixture's bytes.
    for (const entry of entries) {
      const out = join(data, 'check.csv');
      await extractZipEntry(written, written, entry, out);
      assert.deepEqual(readFileSync(out), readFileSync(ENTRIES[entry.name]!));
    }
  } finally {
    server.close();
  }
});

test('a force the archive does not hold is an error listing the slugs it does hold', async () => {
  const { server, base } = await serve(false);
  try {
    await assert.rejects(
      fetchPoliceUk({
        forces: ['kent'],
        baseUrl: base,
        dataDir: dataDir(),
        keepArchive: true,
        thisMonth: '2025-04',
      }),
      (error: unknown) =>
        error instanceof ScrutinyError &&
        error.problems[0]?.code === 'fetch.force-not-in-archive' &&
        error.problems[0]?.expected === 'one of the slugs in the archive: warwickshire, west-mercia',
    );
  } finally {
    server.close();
  }
});

test('without --months the newest archive is found by trying last month, then the months before', async () => {
  const { server, base, requests } = await serve(false);
  const data = dataDir();
  try {
    // This month is 2025-05: 2025-04 is not published (404), 2025-03 is.
    const summary = await fetchPoliceUk({
      forces: ['west-mercia'],
      baseUrl: base,
      dataDir: data,
      keepArchive: true,
      thisMonth: '2025-05',
    });
    assert.deepEqual(
      requests.map((r) => r.url),
      ['/data/archive/2025-04.zip', '/data/archive/2025-03.zip'],
    );
    assert.equal(summary.written[0]?.files, 1);
    assert.ok(existsSync(join(data, '.downloads', '2025-03.zip')), 'the whole archive is kept when asked');

    await assert.rejects(
      fetchPoliceUk({
        forces: ['west-mercia'],
        baseUrl: base,
        dataDir: dataDir(),
        keepArchive: false,
        thisMonth: '2025-09',
      }),
      (error: unknown) => error instanceof ScrutinyError && error.problems[0]?.code === 'fetch.no-archive',
    );
  } finally {
    server.close();
  }
});

test('offline (nothing listening): a clear message saying where to put a hand-downloaded archive', async () => {
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((done) => closed.close(() => done()));
  const data = dataDir();
  await assert.rejects(
    fetchPoliceUk({
      forces: ['warwickshire'],
      months: { first: '2025-01', last: '2025-03' },
      baseUrl: `http://127.0.0.1:${port}`,
      dataDir: data,
      keepArchive: false,
      thisMonth: '2025-04',
    }),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      const [problem] = error.problems;
      assert.equal(problem?.code, 'fetch.offline');
      assert.equal(problem?.file, `http://127.0.0.1:${port}/data/archive/2025-03.zip`);
      assert.match(problem?.message ?? '', /ECONNREFUSED/);
      assert.ok(problem?.message.includes(join(data, 'police-uk')), problem?.message);
      return true;
    },
  );
});
