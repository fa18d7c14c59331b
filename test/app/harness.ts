/**
 * The app for a test file: the site tests' demo workspace (a fresh copy), the app opened on the
 * embedded database (in memory) or on a fresh PostgreSQL database, and served on 127.0.0.1. The
 * demo's users are created by the app itself; `login` logs one in over HTTP and keeps its cookie
 * and CSRF token.
 */
import { type Listening, listen, type OpenedApp, openApp } from '../../src/app/openApp.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import type { WorkspacePaths } from '../../src/workspace/paths.js';
import { demoWorkspace } from '../site/fixture.js';
import { testPostgres } from './postgres.js';

export type Variant = 'embedded' | 'postgresql';

export interface TestApp {
  readonly base: string;
  readonly paths: WorkspacePaths;
  readonly opened: OpenedApp;
  readonly errors: unknown[];
  /** The PostgreSQL database's address (the postgresql variant only). */
  readonly databaseUrl?: string | undefined;
  stop(): Promise<void>;
}

export async function startTestApp(variant: Variant): Promise<TestApp> {
  const paths = await demoWorkspace();
  const database = variant === 'postgresql' ? await testPostgres() : undefined;
  const errors: unknown[] = [];
  const opened = await openApp({
    workspace: { paths, config: loadConfig(paths.config) },
    databaseUrl: database?.url,
    dataDir: 'memory://',
    version: 'test',
    reportError: (error) => errors.push(error),
  });
  const listening: Listening = await listen(opened, '127.0.0.1', 0);
  return {
    base: `http://127.0.0.1:${listening.port}`,
    paths,
    opened,
    errors,
    databaseUrl: database?.url,
    stop: async () => {
      await listening.close();
      await database?.stop();
    },
  };
}

export const demoPassword = (user: string) => `midshire-${user}`;

/** A logged-in colleague talking HTTP to the app, as a browser would (cookie, CSRF token). */
export class Client {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  async get(path: string): Promise<Response> {
    return fetch(`${this.base}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' });
  }

  /** POST a form; `csrf` is added unless the form sets it (or sets it to undefined). */
  async post(path: string, form: Record<string, string | undefined>): Promise<Response> {
    const fields = { csrf: this.csrf, ...form };
    const body = new URLSearchParams(
      Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined),
    );
    return fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    });
  }

  static async login(base: string, user: string, password = demoPassword(user)): Promise<Client> {
    const client = new Client(base);
    const response = await client.attemptLogin(user, password);
    if (response.status !== 303) throw new Error(`login of ${user} answered ${response.status}`);
    client.cookie = cookiesOf(response);
    const home = await (await client.get('/')).text();
    client.csrf = /name="csrf" value="([^"]+)"/.exec(home)?.[1] ?? '';
    return client;
  }

  /** The login form's own CSRF cookie and field, then the credentials. */
  async attemptLogin(user: string, password: string): Promise<Response> {
    const form = await fetch(`${this.base}/login`);
    const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    return fetch(`${this.base}/login`, {
      method: 'POST',
      headers: { cookie: cookiesOf(form), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: token, username: user, password }),
      redirect: 'manual',
    });
  }
}

/** The cookies a response sets, as a Cookie header. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='))
    .join('; ');
}
