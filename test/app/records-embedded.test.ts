/**
 * The decision and activity forms over HTTP on the embedded store: checked by the governance
 * schemas with the fields named in plain words, refused to a viewer and without the CSRF token,
 * and written with their audit entry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, startTestApp, type TestApp } from './harness.js';

describe('the decision and activity forms', () => {
  let app: TestApp;
  let author: Client;
  let viewer: Client;

  before(async () => {
    app = await startTestApp('embedded');
    author = await Client.login(app.base, 'author');
    viewer = await Client.login(app.base, 'viewer');
  });
  after(async () => {
    await app?.stop();
  });

  const stored = async (kind: string) =>
    (
      await app.opened.context.db.query<{ body: Record<string, unknown> }>(
        'SELECT body FROM governance_record WHERE kind = $1 ORDER BY position',
        [kind],
      )
    ).map((r) => r.body);
  const audited = async (action: string) =>
    app.opened.context.db.query<{ username: string; subject: string }>(
      'SELECT username, subject FROM audit_log WHERE action = $1 ORDER BY id',
      [action],
    );

  test('the pages need a login, and answer a viewer with no script allowed', async () => {
    for (const path of ['/decisions', '/activities']) {
      const anonymous = await new Client(app.base).get(path);
      assert.equal(anonymous.status, 303, path);
      assert.match(anonymous.headers.get('location') ?? '', /^\/login/, path);
      const shown = await viewer.get(path);
      assert.equal(shown.status, 200, path);
      assert.match(shown.headers.get('content-security-policy') ?? '', /default-src 'none'/, path);
    }
  });

  const decision = {
    id: 'PCC-D-2023-041',
    date: '2023-03-14',
    agenda_item: 'grants_and_commissioning',
    title: 'Victim services contract',
    text: 'The contract for victim services is extended for a year.',
    amount: '£12,500',
  };

  test('a viewer sees no decision form and is refused; a form without the CSRF token is refused', async () => {
    const before = (await stored('decisions')).length;
    const page = await (await viewer.get('/decisions')).text();
    assert.doesNotMatch(page, /<form method="post" action="\/decisions"/);
    assert.equal((await viewer.post('/decisions', decision)).status, 403);
    assert.equal((await author.post('/decisions', { ...decision, csrf: undefined })).status, 403);
    assert.equal((await author.post('/decisions', { ...decision, csrf: viewer.csrf })).status, 403);
    assert.equal((await stored('decisions')).length, before);
  });

  test('a wrong decision is shown with each field in plain words and changes nothing', async () => {
    const before = (await stored('decisions')).length;
    const bad = await author.post('/decisions', {
      ...decision,
      id: 'PCC D 41',
      date: '2023-02-30',
      title: ' ',
      amount: 'twelve pounds',
    });
    assert.equal(bad.status, 422);
    const page = await bad.text();
    for (const id of ['f-id', 'f-date', 'f-title', 'f-amount'])
      assert.match(page, new RegExp(`href="#${id}"`), id);
    assert.match(page, /a real date written YYYY-MM-DD/);
    assert.match(page, /no spaces/);
    assert.match(page, /value="twelve pounds"/);
    assert.equal((await stored('decisions')).length, before);
    assert.equal((await audited('decision recorded')).length, 0);
  });

  test('an author records a decision, with its amount and audit entry; its reference cannot be reused', async () => {
    const saved = await author.post('/decisions', decision);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/decisions');
    const row = (await stored('decisions')).find((d) => d.id === decision.id);
    assert.equal(row?.amount, 12500);
    assert.equal(row?.agenda_item, 'grants_and_commissioning');
    assert.deepEqual(await audited('decision recorded'), [
      { username: 'author', subject: `decisions ${decision.id}` },
    ]);
    const list = await (await viewer.get('/decisions')).text();
    assert.match(list, /Victim services contract<\/td><td>Grants and commissioning<\/td><td>£12,500\.00/);
    const again = await author.post('/decisions', { ...decision, title: 'Something else' });
    assert.equal(again.status, 422);
    assert.match(await again.text(), /the id is already used/);
    assert.equal((await stored('decisions')).find((d) => d.id === decision.id)?.title, decision.title);
  });

  const activity = {
    date: '2023-03-02',
    agenda_item: 'communications_and_engagement',
    title: 'Serious Violence Duty',
    text: 'The office met the partners of the Serious Violence Duty.',
    measures: '',
  };

  test('a viewer cannot record an activity; a wrong one is named field by field', async () => {
    const before = (await stored('activities')).length;
    assert.equal((await viewer.post('/activities', activity)).status, 403);
    const bad = await author.post('/activities', {
      ...activity,
      agenda_item: 'somewhere',
      text: '',
      measures: 'robbery_total, Not A Measure',
    });
    assert.equal(bad.status, 422);
    const page = await bad.text();
    for (const id of ['f-agenda_item', 'f-text', 'f-measures'])
      assert.match(page, new RegExp(`href="#${id}"`), id);
    assert.doesNotMatch(page, /href="#f-measures-/);
    assert.equal((await stored('activities')).length, before);
    assert.equal((await audited('activity recorded')).length, 0);
  });

  test('an author records two activities on one day, each kept with its own audit entry', async () => {
    const before = (await stored('activities')).length;
    assert.equal((await author.post('/activities', activity)).status, 303);
    assert.equal((await author.post('/activities', { ...activity, title: 'Knife crime week' })).status, 303);
    const rows = await stored('activities');
    assert.equal(rows.length, before + 2);
    assert.deepEqual(
      rows.slice(-2).map((a) => a.title),
      ['Serious Violence Duty', 'Knife crime week'],
    );
    assert.notEqual(rows.at(-1)?.id, rows.at(-2)?.id);
    assert.deepEqual(rows.at(-1)?.measures, []);
    assert.equal((await audited('activity recorded')).length, 2);
    const list = await (await viewer.get('/activities')).text();
    assert.match(list, /Knife crime week<\/td><td>Communications and engagement activities/);
    assert.deepEqual(app.errors, []);
  });
});
