/**
 * `site build` re-checks what it republishes: a statement written while a measure was OFFICIAL,
 * whose measure the catalogue has since marked OFFICIAL-SENSITIVE (a workspace measures/*.yaml
 * overriding the built-in one), stops the build with an error naming the file and the measure,
 * before anything of the site is written.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { loadMeasureCatalogue } from '../../src/catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../../src/catalogue/measures/vocabulary.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { SiteBuilder } from '../../src/jobs/site/siteBuilder.js';
import { demoWorkspace } from '../site/fixture.js';

const RECLASSIFIED = 'residential_burglary';

test('a statement showing a measure reclassified OFFICIAL-SENSITIVE since is refused, nothing written', async () => {
  const paths = await demoWorkspace();
  const figuresFile = join(paths.out, 'statements', '2022-23-q4', 'figures.json');
  const figures = JSON.parse(readFileSync(figuresFile, 'utf8')) as {
    measures: { id: string; public: boolean }[];
  };
  assert.equal(figures.measures.find((m) => m.id === RECLASSIFIED)?.public, true, 'the statement shows it');

  const entry = loadMeasureCatalogue({ vocabulary: referenceVocabulary() }).entries.find(
    (e) => e.measure.id === RECLASSIFIED,
  );
  assert.ok(entry);
  mkdirSync(join(paths.root, 'measures'), { recursive: true });
  writeFileSync(
    join(paths.root, 'measures', 'reclassified.yaml'),
    stringify({ measures: [{ ...entry.measure, classification: 'OFFICIAL-SENSITIVE' }] }),
  );
  const site = join(paths.out, 'site');
  assert.ok(!existsSync(site));

  const builder = new SiteBuilder(paths, {
    version: 'test',
    now: () => new Date('2023-04-21T10:00:00Z'),
    diskCache: false,
  });
  await assert.rejects(builder.build(), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    assert.equal(error.exitCode, 1);
    const [problem] = error.problems;
    assert.equal(problem?.code, 'site.reclassified-statement');
    assert.equal(problem?.file, figuresFile);
    assert.match(problem?.found ?? '', new RegExp(`\\(${RECLASSIFIED}\\)`));
    assert.match(problem?.message ?? '', /scrutiny statement --period 'Q4 2022\/23'/);
    return true;
  });
  assert.ok(!existsSync(site), 'nothing of the site was written');
});
