/**
 * Restated figures (measures/restatements.ts): the previous statement's figures.json against the
 * figures now, with the reason the provenance gives; the previous statement found, missing or
 * unreadable (jobs/shared/previousStatement.ts); and the sentences that say so.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { previousStatement } from '../../src/jobs/shared/previousStatement.js';
import type { ProvenanceEntry } from '../../src/measures/provenance.js';
import { compareWithPrevious } from '../../src/measures/restatements.js';
import type { MeasureJson, MeasuresResult, SeriesPoint } from '../../src/measures/result.js';
import { restatementSentence } from '../../src/narrative/sentences/restatement.js';
import { restatementAnnex } from '../../src/narrative/statement/restatementBlocks.js';
import { publishableResult } from '../../src/publication/index.js';
import { scratchDir } from '../helpers/scratch.js';
import { DEFAULT_SETTINGS_JSON } from '../helpers/settingsFixture.js';

const MONTHS = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];

function archiveFile(month: string, archive: string, sha = `${month}@${archive}`): ProvenanceEntry {
  return {
    forceSlug: 'warwickshire',
    dataset: 'police_uk_street',
    path: `data/police-uk/${archive}/${month}-warwickshire-street.csv`,
    sha256: sha,
    archiveMonth: archive,
    extractDate: null,
    first: month,
    last: month,
  };
}

function measure(
  values: readonly number[],
  provenance: readonly ProvenanceEntry[],
  extra: Partial<MeasureJson> = {},
): MeasureJson {
  const series: SeriesPoint[] = values.map((value, i) => ({ month: MONTHS[i] ?? '', value }));
  const quarter = values.slice(3).reduce((a, b) => a + b, 0);
  return {
    id: 'police_uk_burglary',
    title: 'Burglary (police.uk proxy)',
    priority: 'neighbourhood_crime',
    kind: 'force_proxy',
    source: 'police_uk',
    statistic: 'count',
    direction: 'down',
    unit: 'crimes',
    classification: 'OFFICIAL',
    public: true,
    applicability: { status: 'applicable' },
    dataNote: '',
    definitionSha256: 'def-1',
    status: 'ok',
    frequency: 'month',
    figures: {
      kind: 'count',
      current: { status: 'ok', period: QUARTER, value: quarter, text: String(quarter) },
    } as MeasureJson['figures'],
    series,
    provenance,
    ...extra,
  };
}

const QUARTER = { label: 'Q2 2025/26', kind: 'quarter' as const, first: '2025-07', last: '2025-09' };

function result(measures: MeasureJson[], period = QUARTER): MeasuresResult {
  return {
    schemaVersion: 1,
    generatedAt: '2025-10-20T09:00:00.000Z',
    force: { slug: 'warwickshire', name: 'Warwickshire', population: 1 },
    period,
    settings: DEFAULT_SETTINGS_JSON,
    dataLoaded: [],
    measures,
    problems: [],
  } as MeasuresResult;
}

const september = MONTHS.map((m) => archiveFile(m, '2025-09'));
const before = result([measure([100, 110, 120, 200, 210, 220], september)]);

test('a first statement has no previous one: nothing compared, nothing restated', () => {
  assert.deepEqual(compareWithPrevious(undefined, before), { comparedWith: null, figures: [] });
});

test('the same figures from a later archive: compared, nothing restated', () => {
  const december = MONTHS.map((m) => archiveFile(m, '2025-12', `${m}@2025-09`));
  const now = result([measure([100, 110, 120, 200, 210, 220], december)]);
  const compared = compareWithPrevious(before, now);
  assert.equal(compared.comparedWith?.period.label, 'Q2 2025/26');
  assert.deepEqual(compared.figures, []);
});

test('a month republished in a later archive: both figures, the month, and the archives as the reason', () => {
  const provenance = MONTHS.map((m) =>
    m === '2025-08' ? archiveFile(m, '2025-12') : archiveFile(m, '2025-12', `${m}@2025-09`),
  );
  const now = result([measure([100, 110, 120, 200, 207, 220], provenance)]);
  const [restated, ...others] = compareWithPrevious(before, now).figures;
  assert.equal(others.length, 0);
  assert.ok(restated);
  assert.equal(restated.previous, 630);
  assert.equal(restated.now, 627);
  assert.deepEqual(restated.months, [{ month: '2025-08', previous: 210, now: 207 }]);
  assert.deepEqual(restated.reasons, [
    { kind: 'archive', months: ['2025-08'], previousArchive: '2025-09', newArchive: '2025-12' },
  ]);
  assert.equal(
    restatementSentence(restated, 'Q2 2025/26'),
    'Restated: the previous statement (Q2 2025/26) gave 630 for Q2 2025/26; with the data now loaded it is 627, because police.uk republished August 2025 in its archive of December 2025 (the previous statement used its archive of September 2025).',
  );
});

test('an earlier month changed, the quarter not: the months are listed with both figures', () => {
  const now = result([measure([100, 111, 120, 200, 210, 220], september)]);
  const [restated] = compareWithPrevious(before, now).figures;
  assert.equal(restated?.previous, restated?.now);
  assert.deepEqual(restated?.reasons, [{ kind: 'unknown', months: ['2025-05'] }]);
  assert.match(
    restatementSentence(restated!, 'Q2 2025/26'),
    /^Restated: one monthly figure differs from the previous statement \(Q2 2025\/26\) \(May 2025: 110, now 111\), because the data loaded for May 2025 changed/,
  );
});

test('a changed definition in the catalogue is the reason, whatever the files', () => {
  const now = result([measure([100, 110, 120, 260, 270, 280], september, { definitionSha256: 'def-2' })]);
  const [restated] = compareWithPrevious(before, now).figures;
  assert.deepEqual(restated?.reasons, [{ kind: 'definition' }]);
  assert.equal(restated?.months.length, 3);
  assert.match(
    restatementSentence(restated!, 'Q2 2025/26'),
    /gave 630 .* it is 810, because the definition of the measure/,
  );
});

test("a rate whose 'action taken' set changed in the workspace says so", () => {
  const rate = (actionTaken: number[], values: number[]) =>
    measure(values, september, {
      rateDefinition: { actionTaken, rateBasis: 'assigned_in_period', rateBasisText: '', rollingMonths: 3 },
    });
  const [restated] = compareWithPrevious(
    result([rate([1, 2], [10, 10, 10, 10, 10, 10])]),
    result([rate([1, 2, 3], [10, 10, 10, 12, 12, 12])]),
  ).figures;
  assert.deepEqual(restated?.reasons, [{ kind: 'rate_settings' }]);
  assert.match(
    restatementSentence(restated!, 'Q2 2025/26'),
    /because the workspace's 'action taken' outcome types or rate basis have changed/,
  );
});

test('a newer Home Office release names both files', () => {
  const file = (sha: string, name: string): ProvenanceEntry => ({
    forceSlug: 'warwickshire',
    dataset: 'ho_recorded_crime',
    path: `data/home-office/${name}`,
    sha256: sha,
    archiveMonth: null,
    extractDate: null,
    first: '2025-04',
    last: '2025-07',
  });
  const quarterly = (values: number[], entry: ProvenanceEntry) =>
    measure(values, [entry], {
      frequency: 'quarter',
      series: [
        { month: '2025-04', value: values[0]! },
        { month: '2025-07', value: values[1]! },
      ],
    });
  const then = result([quarterly([500, 520], file('a', 'prc-pfa-july.ods'))]);
  const now = result([quarterly([500, 525], file('b', 'prc-pfa-october.ods'))]);
  const [restated] = compareWithPrevious(then, now).figures;
  assert.deepEqual(restated?.reasons, [
    {
      kind: 'release',
      months: ['2025-07'],
      previousFile: 'prc-pfa-july.ods',
      newFile: 'prc-pfa-october.ods',
    },
  ]);
});

test('figures.json keeps the restatements of the measures it shows only', () => {
  const sensitive = measure([1, 1, 1, 1, 1, 1], september, {
    id: 'secret',
    classification: 'OFFICIAL-SENSITIVE',
    public: false,
  });
  const withRestatements = {
    ...result([before.measures[0]!, sensitive]),
    restatements: {
      comparedWith: null,
      figures: [{ measureId: 'police_uk_burglary' }, { measureId: 'secret' }] as unknown as NonNullable<
        MeasuresResult['restatements']
      >['figures'],
    },
  };
  const published = publishableResult(withRestatements, '/ws', 'OFFICIAL');
  assert.deepEqual(
    published.restatements?.figures.map((r) => r.measureId),
    ['police_uk_burglary'],
  );
});

function outFolder(statements: Record<string, string>): string {
  const out = scratchDir('scrutiny-restate-');
  for (const [folder, figures] of Object.entries(statements)) {
    mkdirSync(join(out, 'statements', folder), { recursive: true });
    writeFileSync(join(out, 'statements', folder, 'figures.json'), figures);
  }
  return out;
}

test('previous statement: none written yet, or only later quarters -> none', () => {
  assert.deepEqual(previousStatement(scratchDir('scrutiny-restate-'), '2025-26-q3'), {
    kind: 'none',
  });
  const out = outFolder({ '2025-26-q4': JSON.stringify(before) });
  assert.deepEqual(previousStatement(out, '2025-26-q3'), { kind: 'none' });
});

test('previous statement: the latest earlier quarter, not a later one or itself', () => {
  const q1 = result([], { label: 'Q1 2025/26', kind: 'quarter', first: '2025-04', last: '2025-06' });
  const out = outFolder({
    '2024-25-q4': JSON.stringify(result([])),
    '2025-26-q1': JSON.stringify(q1),
    '2025-26-q2': JSON.stringify(before),
    '2025-26-q3': '{}',
  });
  const found = previousStatement(out, '2025-26-q3');
  assert.equal(found.kind, 'found');
  assert.equal(found.kind === 'found' ? found.result.period.label : '', 'Q2 2025/26');
});

test('previous statement unreadable: a clear warning naming the file, not a crash', () => {
  for (const [text, detail] of [
    ['{"schemaVersion": 1, "measures": [', /JSON/],
    ['{"schemaVersion": 2}', /schemaVersion 2/],
    [
      '{"schemaVersion": 1, "period": {"label": "Q2 2025/26", "first": "2025-07", "last": "2025-09"}, "measures": [7]}',
      /measures\[0\]/,
    ],
  ] as const) {
    const out = outFolder({ '2025-26-q2': text });
    const found = previousStatement(out, '2025-26-q3');
    assert.equal(found.kind, 'unreadable', text);
    if (found.kind !== 'unreadable') continue;
    assert.equal(found.problem.severity, 'warning');
    assert.equal(found.problem.file, join(out, 'statements', '2025-26-q2', 'figures.json'));
    assert.match(found.problem.found ?? '', detail);
    assert.match(found.problem.message, /cannot say which of its figures were restated/);
  }
});

test('the annex: nothing for a first statement; one sentence when nothing changed or the file was unreadable', () => {
  const text = (blocks: ReturnType<typeof restatementAnnex>) => JSON.stringify(blocks);
  assert.deepEqual(restatementAnnex('r', 'Restated figures', compareWithPrevious(undefined, before)), []);
  assert.match(
    text(restatementAnnex('r', 'Restated figures', compareWithPrevious(before, before))),
    /No figure of the previous statement \(Q2 2025\/26\) has changed/,
  );
  assert.match(
    text(restatementAnnex('r', 'Restated figures', { comparedWith: null, figures: [], unreadable: true })),
    /figures could not be read, so this statement cannot say which of its figures were restated/,
  );
});
