/**
 * The publication filter (src/publication) on hand-made inputs: what an OFFICIAL output may show of
 * measures, questions, district series and source paths, and what an OFFICIAL-SENSITIVE one keeps.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GovernanceRecords } from '../../src/governance/index.js';
import { NO_RECORDS, type Question } from '../../src/governance/records.js';
import type { MeasureJson, MeasuresResult } from '../../src/measures/result.js';
import { PublicationFilter, publicPath } from '../../src/publication/index.js';

const measure = (id: string, sensitive: boolean, path = '/home/analyst/ws/data/crimes.csv') =>
  ({
    id,
    public: !sensitive,
    classification: sensitive ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL',
    provenance: [{ path }],
  }) as unknown as MeasureJson;

const result = {
  measures: [
    measure('open', false),
    measure('secret', true),
    // Public in the result (computed before it was reclassified), sensitive in the catalogue now.
    measure('reclassified', false),
    measure('elsewhere', false, '/media/usb/drops/2024-03.zip!2024-03/2024-03-midshire-street.csv'),
  ],
  problems: [
    { code: 'x', severity: 'warning', message: 'secret is not loaded' },
    { code: 'y', severity: 'warning', message: 'open is late' },
  ],
} as unknown as MeasuresResult;

const question = (id: string, measures: string[], classification?: 'OFFICIAL-SENSITIVE') =>
  ({ id, measures, ...(classification ? { classification } : {}) }) as unknown as Question;

const records: GovernanceRecords = {
  ...NO_RECORDS,
  questions: [
    question('on-open', ['open']),
    question('on-both', ['open', 'secret']),
    question('on-reclassified', ['reclassified']),
    question('general', []),
    question('marked', ['open'], 'OFFICIAL-SENSITIVE'),
  ],
  decisions: [
    { id: 'D-1', title: 'Public decision' },
    { id: 'D-2', title: 'Marked decision', classification: 'OFFICIAL-SENSITIVE' },
  ] as unknown as GovernanceRecords['decisions'],
  activities: [
    { id: 'A-1', measures: ['open'] },
    { id: 'A-2', measures: ['secret'] },
    { id: 'A-3', measures: [], classification: 'OFFICIAL-SENSITIVE' },
  ] as unknown as GovernanceRecords['activities'],
};

const filter = (classification: 'OFFICIAL' | 'OFFICIAL-SENSITIVE') =>
  new PublicationFilter({
    classification,
    workspaceRoot: '/home/analyst/ws',
    sensitiveMeasures: new Set(['secret', 'reclassified']),
  });

test('an OFFICIAL output keeps no sensitive measure, no record on one, no marked record', () => {
  const official = filter('OFFICIAL');
  assert.deepEqual(
    official.result(result).measures.map((m) => m.id),
    ['open', 'elsewhere'],
  );
  assert.deepEqual(
    official.result(result).problems.map((p) => p.code),
    ['y'],
  );
  assert.deepEqual(
    official.records(records).questions.map((q) => q.id),
    ['on-open', 'general'],
  );
  assert.deepEqual(
    official.records(records).decisions.map((d) => d.id),
    ['D-1'],
  );
  assert.deepEqual(
    official.records(records).activities.map((a) => a.id),
    ['A-1'],
  );
  const series = {
    months: ['2024-03'],
    rows: [
      { measureId: 'open', district: 'A', counts: [1] },
      { measureId: 'reclassified', district: 'A', counts: [2] },
    ],
  };
  assert.deepEqual(
    official.districtSeries(series as never).rows.map((r) => r.measureId),
    ['open'],
  );
});

test('an OFFICIAL-SENSITIVE output keeps everything but the local folders', () => {
  const sensitive = filter('OFFICIAL-SENSITIVE');
  assert.equal(sensitive.result(result).measures.length, 4);
  assert.equal(sensitive.records(records).questions.length, 5);
  assert.equal(sensitive.records(records).activities.length, 3);
  assert.equal(sensitive.result(result).measures[0]?.provenance[0]?.path, 'data/crimes.csv');
});

test('source paths: relative to the workspace, else the file name, never a folder outside it', () => {
  const root = '/home/analyst/ws';
  assert.equal(publicPath('/home/analyst/ws/data/crimes.csv', root), 'data/crimes.csv');
  assert.equal(
    publicPath('/home/analyst/ws/data/2024-03.zip!2024-03/a.csv', root),
    'data/2024-03.zip!2024-03/a.csv',
  );
  assert.equal(publicPath('/media/usb/drops/2024-03.zip!2024-03/a.csv', root), '2024-03.zip!2024-03/a.csv');
  assert.equal(publicPath('/home/analyst/ws-old/crimes.csv', root), 'crimes.csv');
  assert.equal(publicPath('/home/analyst/crimes.csv', root), 'crimes.csv');
  assert.equal(publicPath('data/crimes.csv', root), 'data/crimes.csv');
  const shown = filter('OFFICIAL')
    .result(result)
    .measures.find((m) => m.id === 'elsewhere');
  assert.equal(shown?.provenance[0]?.path, '2024-03.zip!2024-03/2024-03-midshire-street.csv');
});
