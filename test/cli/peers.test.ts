/**
 * `scrutiny peers list|add|remove` through the real CLI: the population comes from the built-in
 * table (Northamptonshire 802,340 at mid-2023, the figure ../shared/data/README.md gives from the
 * ONS workbook), a misspelled slug gets "did you mean", and a failed command changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseConfigText } from '../../src/workspace/loadConfig.js';
import { runCli as scrutiny } from '../helpers/runCli.js';
import { scratchDir } from '../helpers/scratch.js';

let base = '';
let ws = '';
const peers = (...args: string[]) => scrutiny('-w', ws, 'peers', ...args);
const configText = () => readFileSync(join(ws, 'scrutiny.config.yaml'), 'utf8');
const config = () => parseConfigText(configText(), 'scrutiny.config.yaml');

before(() => {
  base = scratchDir('scrutiny-cli-peers-');
  ws = join(base, 'ws');
  assert.equal(scrutiny('init', ws, '--force-slug', 'warwickshire').code, 0);
});
after(() => rmSync(base, { recursive: true, force: true }));

test('add takes the population from the built-in table; list shows it; remove takes it out', () => {
  const before = configText();
  const added = peers('add', 'northamptonshire');
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Added northamptonshire \(population 802,340, ONS mid-2023\)/);
  assert.deepEqual(config().peers, [{ slug: 'northamptonshire', population: 802_340 }]);
  // Only the peers lines changed: the force section's aligned comments are intact.
  assert.equal(configText().split('\n').slice(0, 20).join('\n'), before.split('\n').slice(0, 20).join('\n'));
  assert.equal(peers('add', 'west-mercia', '--population', '1300000').code, 0);
  const listed = peers('list');
  assert.match(listed.stdout, /northamptonshire\s+Northamptonshire Police\s+802,340\s+\(ONS mid-2023\)/);
  assert.match(listed.stdout, /west-mercia\s+West Mercia Police\s+1,300,000\n/);
  const json = JSON.parse(scrutiny('-w', ws, '--json', 'peers', 'list').stdout) as { peers: unknown[] };
  assert.equal(json.peers.length, 2);
  assert.equal(peers('remove', 'west-mercia').code, 0);
  assert.deepEqual(
    config().peers.map((p) => p.slug),
    ['northamptonshire'],
  );
});

test('an unknown slug is a usage error with "did you mean"; the config is unchanged', () => {
  const before = configText();
  const typo = peers('add', 'staffordshir');
  assert.equal(typo.code, 2);
  assert.match(
    typo.stderr,
    /no police force area has the slug 'staffordshir' \(did you mean staffordshire\?\)/,
  );
  const self = peers('add', 'warwickshire');
  assert.equal(self.code, 2);
  assert.match(self.stderr, /cannot be its own peer/);
  const notListed = peers('remove', 'northamptonshre');
  assert.equal(notListed.code, 2);
  assert.match(notListed.stderr, /not one of the peers \(did you mean northamptonshire\?\)/);
  const twice = peers('add', 'northamptonshire');
  assert.equal(twice.code, 2);
  assert.match(twice.stderr, /already a peer/);
  assert.equal(configText(), before);
});
