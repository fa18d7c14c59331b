/**
 * A PostgreSQL database for the app's tests: a fresh database on the server at
 * SCRUTINY_TEST_DATABASE_URL (CI: .ci/run starts Debian's PostgreSQL and sets it), or else a
 * throwaway server started here from the PostgreSQL binaries when they are installed (initdb into a
 * temporary folder, as the postgres user when running as root). Neither: the PostgreSQL variant is
 * skipped, saying why.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

function binaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : join(root, newest, 'bin');
}

export const skipWithoutPostgres: false | string =
  process.env.SCRUTINY_TEST_DATABASE_URL || binaries()
    ? false
    : 'PostgreSQL is absent (apt-get install postgresql, or set SCRUTINY_TEST_DATABASE_URL): the app tests run on the embedded database only';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.once('error', reject);
  });
}

/** A command as the postgres user when we are root (PostgreSQL refuses to run as root). */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

async function throwawayServer(bin: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-app-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const [initdb, initArgs] = asServerUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'scrutiny',
    '--no-sync',
  ]);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [postgres, args] = asServerUser(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  const server: ChildProcess = spawn(postgres, args, { stdio: 'ignore' });
  const url = `postgresql://scrutiny@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    try {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((done) => server.once('exit', done));
      const [pgCtl, stopArgs] = asServerUser(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast']);
      execFileSync(pgCtl, stopArgs, { stdio: 'ignore' });
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database for one test file, dropped (with its server, if we started one) by stop(). */
export async function testPostgres(): Promise<TestPostgres> {
  const bin = binaries();
  const server = process.env.SCRUTINY_TEST_DATABASE_URL
    ? { url: process.env.SCRUTINY_TEST_DATABASE_URL, stop: async () => {} }
    : await throwawayServer(bin!);
  const name = `scrutiny_app_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await server.stop();
    },
  };
}
