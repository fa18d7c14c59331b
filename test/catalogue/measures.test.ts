/**
 * The measure catalogue: the shipped files load cleanly, and each bad-input case is reported with the
 * file, line, measure id, dotted path, expected and found, while the other measures still load.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadMeasureCatalogue } from '../../src/catalogue/measures/loadCatalogue.js';
import { parseMeasureFile } from '../../src/catalogue/measures/parseMeasureFile.js';
import { referenceVocabulary } from '../../src/catalogue/measures/vocabulary.js';
import { scratchDir } from '../helpers/scratch.js';

const vocabulary = referenceVocabulary();

const good = (id: string, extra = '') => `  - id: ${id}
    title: ${id}
    priority: serious_violence
    kind: force_proxy
    source: force_extract
    selection:
      offence_codes: ['8N']
    statistic: count
    direction: down
    classification: OFFICIAL
    unit: offences
${extra}`;

test('the shipped catalogue loads without a problem and covers the reference report', () => {
  const catalogue = loadMeasureCatalogue({ vocabulary });
  assert.deepEqual(catalogue.problems, []);
  const ids = catalogue.entries.map((e) => e.measure.id);
  for (const id of [
    'homicide',
    'violence_with_injury',
    'robbery_personal',
    'robbery_business',
    'robbery',
    'knife_crime',
    'firearms_offences',
    'ocg_disruptions_major',
    'adults_safeguarded',
    'children_safeguarded',
    'drug_related_homicide',
    'drug_treatment_referrals',
    'residential_burglary',
    'vehicle_offences',
    'theft_from_the_person',
    'personal_robbery',
    'neighbourhood_crime',
    'neighbourhood_crime_action_taken',
    'satisfaction_domestic_abuse',
    'cyber_confidence',
    'police_uk_burglary',
  ])
    assert.ok(ids.includes(id), `missing ${id}`);
  const homicide = catalogue.entries.find((e) => e.measure.id === 'homicide')!.measure;
  assert.deepEqual(homicide.selection.offence_codes, ['1', '4.1', '4.2', '4.10']);
  assert.equal(homicide.with_and_without_exceptional, true);
  // Statement order: by priority, homicide first, satisfaction last.
  assert.equal(ids[0], 'homicide');
  assert.equal(catalogue.entries.at(-1)?.measure.priority, 'victim_satisfaction');
});

test('an unknown offence code fails that measure with file, line, id and dotted path; the rest load', () => {
  const text = `measures:\n${good('first')}${good('bad').replace("['8N']", "['8N', '99Z']")}${good('last')}`;
  const parsed = parseMeasureFile(text, 'm.yaml', vocabulary);
  assert.deepEqual(
    parsed.entries.map((e) => e.measure.id),
    ['first', 'last'],
  );
  const [error, warning] = parsed.problems;
  assert.equal(error?.code, 'measures.measure-invalid');
  assert.equal(error?.file, 'm.yaml');
  assert.equal(error?.field, 'selection.offence_codes.1');
  assert.equal(error?.found, '"99Z"');
  assert.equal(error?.expected, 'a known Home Office offence code');
  assert.equal(error?.line, 19); // 'measures:' is line 1, each entry 11 lines: bad's offence_codes is line 19
  assert.match(error?.message ?? '', /"bad"/);
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.message ?? '', /"bad" was not loaded/);
});

test("'4/1' is read as '4.1'", () => {
  const parsed = parseMeasureFile(
    `measures:\n${good('a').replace("['8N']", "['4/1']")}`,
    'm.yaml',
    vocabulary,
  );
  assert.deepEqual(parsed.entries[0]?.measure.selection.offence_codes, ['4.1']);
});

test('an unknown cohort, an unknown police.uk category and a missing field are errors of their entry', () => {
  const text = `measures:
  - id: sat
    title: Satisfaction
    priority: victim_satisfaction
    kind: force_proxy
    source: force_extract
    selection:
      cohort: shoplifting
    statistic: satisfaction_rate
    direction: up
    classification: OFFICIAL
    unit: '%'
  - id: puk
    title: Burglary
    priority: neighbourhood_crime
    kind: force_proxy
    source: police_uk
    selection:
      police_uk_categories: ['Burglaries']
    statistic: count
    direction: down
    classification: OFFICIAL
    unit: offences
  - id: nodir
    title: No direction
    priority: homicide
    kind: government
    source: force_extract
    selection:
      offence_codes: ['1']
    statistic: count
    classification: OFFICIAL
    unit: homicides
${good('fine')}`;
  const parsed = parseMeasureFile(text, 'w.yaml', vocabulary);
  assert.deepEqual(
    parsed.entries.map((e) => e.measure.id),
    ['fine'],
  );
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  const byId = (id: string) => errors.find((p) => p.message.includes(`"${id}"`));
  assert.equal(byId('sat')?.field, 'selection.cohort');
  assert.equal(byId('sat')?.found, '"shoplifting"');
  assert.equal(byId('sat')?.line, 8);
  assert.equal(byId('puk')?.field, 'selection.police_uk_categories.0');
  assert.equal(byId('puk')?.found, '"Burglaries"');
  assert.equal(byId('nodir')?.field, 'direction');
  assert.equal(byId('nodir')?.found, 'nothing');
  assert.equal(parsed.problems.filter((p) => p.code === 'measures.measure-skipped').length, 3);
});

test('a statistic its source cannot give, and not_applicable without a reason, are errors', () => {
  const text = `measures:
${good('rate_from_police_uk').replace('source: force_extract', 'source: police_uk')}
  - id: na
    title: Not applicable
    priority: cyber_crime
    kind: government
    source: external
    statistic: external
    direction: up
    classification: OFFICIAL
    unit: '%'
    external_reason: National survey.
    applicability:
      status: not_applicable
`;
  const parsed = parseMeasureFile(text, 'x.yaml', vocabulary);
  assert.equal(parsed.entries.length, 0);
  const fields = parsed.problems.filter((p) => p.severity === 'error').map((p) => p.field);
  assert.ok(fields.includes('selection.police_uk_categories'), fields.join(', '));
  assert.ok(fields.includes('applicability.reason'), fields.join(', '));
});

test('unparsable YAML and a file without a measures list are reported, naming the file', () => {
  const broken = parseMeasureFile('measures:\n  - id: [unclosed\n', 'b.yaml', vocabulary);
  assert.equal(broken.problems[0]?.code, 'measures.catalogue-unparsable');
  assert.equal(broken.problems[0]?.file, 'b.yaml');
  const shapeless = parseMeasureFile('title: x\n', 'c.yaml', vocabulary);
  assert.equal(shapeless.problems[0]?.code, 'measures.catalogue-shape');
});

test('a workspace file replaces a built-in measure by id and adds new ones; duplicates are errors', () => {
  const root = scratchDir('scrutiny-measures-');
  const builtin = join(root, 'builtin');
  const own = join(root, 'workspace');
  mkdirSync(builtin);
  mkdirSync(own);
  writeFileSync(join(builtin, 'a.yaml'), `measures:\n${good('one')}${good('two')}`);
  writeFileSync(
    join(own, 'mine.yaml'),
    `measures:\n${good('two').replace('title: two', 'title: Two, our way')}${good('three')}${good('three')}`,
  );
  const catalogue = loadMeasureCatalogue({ vocabulary, builtinDir: builtin, workspaceDir: own });
  assert.deepEqual(
    catalogue.entries.map((e) => [e.measure.id, e.measure.title]),
    [
      ['one', 'one'],
      ['two', 'Two, our way'],
      ['three', 'three'],
    ],
  );
  assert.equal(catalogue.entries[1]?.file, join(own, 'mine.yaml'));
  assert.ok(catalogue.problems.some((p) => p.code === 'measures.duplicate-id' && p.found === '"three"'));
});
