/**
 * `scrutiny init --force-slug X --peers a,b` fills the force's name, area and population and each
 * peer's population from the reference tables, so a new workspace is right without hand-editing.
 * Expected populations are the figures ../shared/data/README.md quotes from the ONS workbook.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ScrutinyError } from '../../src/errors/problem.js';
import { initWorkspace } from '../../src/workspace/initWorkspace.js';
import { parseConfigText } from '../../src/workspace/loadConfig.js';
import { scratchDir } from '../helpers/scratch.js';

const fresh = () => join(scratchDir('scrutiny-init-'), 'ws');

test('a known force slug fills name, area and the ONS mid-2023 population; peers get theirs', () => {
  const paths = initWorkspace(fresh(), { forceSlug: 'warwickshire' }, ['northamptonshire', 'west-mercia']);
  const text = readFileSync(paths.config, 'utf8');
  const config = parseConfigText(text, 'scrutiny.config.yaml');
  assert.equal(config.force.name, 'Warwickshire Police');
  assert.equal(config.force.area, 'Warwickshire');
  assert.equal(config.force.population, 617_823);
  assert.match(text, /ONS mid-year population estimate, mid-2023/);
  assert.deepEqual(
    config.peers.map((p) => [p.slug, p.population]),
    [
      ['northamptonshire', 802_340],
      ['west-mercia', config.peers[1]?.population],
    ],
  );
  assert.ok((config.peers[1]?.population ?? 0) > 1_000_000);
});

test('a name given on the command line wins; an unknown force keeps the placeholders', () => {
  const named = initWorkspace(fresh(), { forceSlug: 'warwickshire', forceName: 'Warwickshire Constabulary' });
  assert.equal(
    parseConfigText(readFileSync(named.config, 'utf8'), 'c.yaml').force.name,
    'Warwickshire Constabulary',
  );
  const unknown = initWorkspace(fresh(), { forceSlug: 'wessex' });
  const config = parseConfigText(readFileSync(unknown.config, 'utf8'), 'c.yaml');
  assert.equal(config.force.area, 'Example');
});

test('a peer slug the tables do not hold, or the force itself, is a usage error naming it', () => {
  for (const peer of ['atlantis', 'warwickshire'])
    assert.throws(
      () => initWorkspace(fresh(), { forceSlug: 'warwickshire' }, [peer]),
      (error: unknown) =>
        error instanceof ScrutinyError &&
        error.problems[0]?.code === 'workspace.unknown-peer' &&
        error.problems[0]?.found === `'${peer}'`,
    );
});
