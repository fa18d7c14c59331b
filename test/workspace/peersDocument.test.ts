/**
 * `scrutiny peers add|remove` edit only the peers list: every other byte of the analyst's file
 * (aligned comments, blank lines, quoting) stays as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { addPeerText, listedPeerSlugs, removePeerText } from '../../src/workspace/peersDocument.js';

const FILE = `force:
  name: "Warwickshire Police"          # as printed in statements
  slug: warwickshire                  # the force's police.uk slug

# Most Similar Group peers
peers:
  - slug: west-mercia      # aligned comment
    population: 1325250
  - slug: 'staffordshire'
    population: 1161678
#  - slug: example
#    population: 1300000

statistics:
  spc_rebase: []                        # months where SPC limits restart
`;

test('adding a peer appends one entry and leaves every other line byte for byte', () => {
  const next = addPeerText(FILE, { slug: 'derbyshire', population: 1_077_909, populationSource: 'ONS' });
  assert.deepEqual(listedPeerSlugs(next), ['west-mercia', 'staffordshire', 'derbyshire']);
  const added = next.split('\n').filter((line) => !FILE.split('\n').includes(line));
  assert.deepEqual(added, ['  - slug: derbyshire', '    population: 1077909   # ONS']);
  assert.equal(next.replace('  - slug: derbyshire\n    population: 1077909   # ONS\n', ''), FILE);
  assert.equal(parseDocument(next).toJS().peers[2].population, 1_077_909);
});

test('removing a peer deletes its lines only; removing the last leaves an empty list', () => {
  const one = removePeerText(FILE, 'west-mercia');
  assert.deepEqual(listedPeerSlugs(one), ['staffordshire']);
  assert.equal(
    one,
    FILE.replace('  - slug: west-mercia      # aligned comment\n    population: 1325250\n', ''),
  );
  const none = removePeerText(one, 'staffordshire');
  assert.deepEqual(parseDocument(none).toJS().peers, []);
  assert.match(none, /^peers: \[\]$/m);
  assert.match(none, /# months where SPC limits restart/);
  assert.match(none, /# {2}- slug: example/);
});

test('an empty list (as init writes it) and a file without peers both take a first peer', () => {
  const empty = 'force:\n  slug: x   # keep\npeers: []   # none yet\nother: 1\n';
  const fromEmpty = addPeerText(empty, { slug: 'gwent', population: 600_000 });
  assert.equal(
    fromEmpty,
    'force:\n  slug: x   # keep\npeers:   # none yet\n  - slug: gwent\n    population: 600000\nother: 1\n',
  );
  const absent = addPeerText('force:\n  slug: x\n', { slug: 'gwent', population: 600_000 });
  assert.deepEqual(parseDocument(absent).toJS().peers, [{ slug: 'gwent', population: 600_000 }]);
});

test('a flow list with entries is re-rendered through the Document API, comments kept', () => {
  const flow = '# top comment\npeers: [{ slug: a, population: 1 }]\n';
  const added = addPeerText(flow, { slug: 'b', population: 2 });
  assert.deepEqual(listedPeerSlugs(added), ['a', 'b']);
  assert.match(added, /# top comment/);
  const removed = removePeerText(flow, 'a');
  assert.deepEqual(parseDocument(removed).toJS().peers, []);
});
