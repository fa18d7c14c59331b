/**
 * figures.json's content (publication/index.ts publishableResult): OFFICIAL-SENSITIVE
 * measures, and problems naming them, only in an OFFICIAL-SENSITIVE document; paths made relative.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MeasureJson, MeasuresResult } from '../../src/measures/result.js';
import { publishableResult } from '../../src/publication/index.js';
import { DEFAULT_SETTINGS_JSON } from '../helpers/settingsFixture.js';

const measure = (id: string, sensitive: boolean): MeasureJson => ({
  id,
  title: id,
  priority: 'serious_violence',
  kind: 'force_proxy',
  source: 'force_extract',
  statistic: 'count',
  direction: 'down',
  unit: 'offences',
  classification: sensitive ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL',
  public: !sensitive,
  applicability: { status: 'applicable' },
  dataNote: '',
  status: 'ok',
  provenance: [
    {
      path: '/ws/data/force/crimes.csv',
    } as MeasureJson['provenance'][number],
  ],
});

const result = {
  schemaVersion: 1,
  generatedAt: '2024-06-03T08:30:00.000Z',
  force: { slug: 'demo', name: 'Demo', population: 1 },
  period: { label: 'Q4 2023/24', kind: 'quarter', first: '2024-01', last: '2024-03' },
  settings: DEFAULT_SETTINGS_JSON,
  dataLoaded: [],
  measures: [measure('homicide', false), measure('knife_crime_domestic_abuse', true)],
  problems: [
    {
      code: 'measures.source-not-loaded',
      severity: 'warning',
      message: 'knife_crime_domestic_abuse: no data',
    },
    { code: 'measures.source-not-loaded', severity: 'warning', message: 'homicide: no data' },
  ],
} as MeasuresResult;

test('OFFICIAL: the sensitive measure and the problem naming it are left out', () => {
  const out = publishableResult(result, '/ws', 'OFFICIAL');
  assert.deepEqual(
    out.measures.map((m) => m.id),
    ['homicide'],
  );
  assert.deepEqual(
    out.problems.map((p) => p.message),
    ['homicide: no data'],
  );
  assert.equal(out.measures[0]!.provenance[0]!.path, 'data/force/crimes.csv');
});

test('OFFICIAL is the default: a caller that does not say gets the safe side', () => {
  assert.deepEqual(
    publishableResult(result, '/ws/').measures.map((m) => m.id),
    ['homicide'],
  );
});

test('OFFICIAL-SENSITIVE: every measure and problem is kept', () => {
  const out = publishableResult(result, '/ws', 'OFFICIAL-SENSITIVE');
  assert.deepEqual(
    out.measures.map((m) => m.id),
    ['homicide', 'knife_crime_domestic_abuse'],
  );
  assert.equal(out.problems.length, 2);
});
