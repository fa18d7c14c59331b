/**
 * The app's parts on their own: password hashes, the login throttle, the commentary preview's
 * neutralising of HTML and unsafe links, and the embedded database kept in a folder across restarts
 * with its migrations applied once.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from '../../src/app/auth/loginThrottle.js';
import { hashPassword, verifyPassword } from '../../src/app/auth/passwords.js';
import { addUser } from '../../src/app/auth/users.js';
import { commentaryHtml } from '../../src/app/html/markdownPreview.js';
import { openDatabase } from '../../src/app/storage/database.js';
import { migrate } from '../../src/app/storage/migrations.js';
import { scratchDir } from '../helpers/scratch.js';

test('a password hash verifies its password only, and two hashes of one password differ', async () => {
  const hash = await hashPassword('correct horse battery');
  assert.match(hash, /^scrypt\$16384\$8\$1\$/);
  assert.equal(await verifyPassword('correct horse battery', hash), true);
  assert.equal(await verifyPassword('correct horse batterx', hash), false);
  assert.notEqual(await hashPassword('correct horse battery'), hash);
  assert.equal(await verifyPassword('anything', 'not a hash'), false);
});

test('the throttle refuses a name after five failures until the oldest has left the window', () => {
  let now = Date.parse('2024-05-01T09:00:00Z');
  const throttle = new LoginThrottle(() => new Date(now));
  for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.failed('jo', '10.0.0.1');
  assert.equal(throttle.waitMinutes('jo', '10.0.0.1'), 0);
  throttle.failed('jo', '10.0.0.1');
  assert.equal(throttle.waitMinutes('jo', '10.0.0.1'), 15);
  assert.equal(
    throttle.waitMinutes('sam', '10.0.0.2'),
    0,
    'another name from another address is not held up',
  );
  now += WINDOW_MS + 1;
  assert.equal(throttle.waitMinutes('jo', '10.0.0.1'), 0);
});

test('the preview shows HTML as text and keeps only safe links', () => {
  const html = commentaryHtml(
    '<script>alert(1)</script>\n\n[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](data:text/html,x) [d](vbscript:x) [e](https://example.org/) [f](/questions)\n',
  );
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /&lt;script&gt;/);
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['https://example.org/', '/questions']);
});

test('the embedded database keeps its data in a folder across restarts; migrations run once', {
  timeout: 300_000,
}, async () => {
  const dir = scratchDir('scrutiny-app-embedded-');
  try {
    const first = await openDatabase({ dir });
    assert.deepEqual(await migrate(first), [1]);
    await addUser(
      first,
      { username: 'jo', displayName: 'Jo', role: 'author', password: 'a long password here' },
      'test',
    );
    await first.close();
    const second = await openDatabase({ dir });
    assert.deepEqual(await migrate(second), []);
    const rows = await second.query<{ username: string }>('SELECT username FROM app_user');
    assert.deepEqual(
      rows.map((r) => r.username),
      ['jo'],
    );
    // A failed transaction leaves nothing behind.
    await assert.rejects(
      second.transaction(async (tx) => {
        await tx.query("INSERT INTO audit_log (username, action, subject) VALUES ('x', 'y', 'z')");
        throw new Error('stop');
      }),
    );
    const [count] = await second.query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM audit_log WHERE username = 'x'",
    );
    assert.equal(count?.n, 0);
    await assert.rejects(
      addUser(
        second,
        { username: 'jo', displayName: 'Jo', role: 'author', password: 'a long password here' },
        'test',
      ),
      /already a user with that name/,
    );
    await assert.rejects(
      addUser(
        second,
        { username: 'sam', displayName: 'Sam', role: 'boss', password: 'a long password here' },
        'test',
      ),
      /every user has one role/,
    );
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
