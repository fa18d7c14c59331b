/**
 * A table of counts whose partnership and district rows (plus Unassigned) do not add up to the force
 * row is reported, not silently trusted. On the real Table C2 the expected warnings are worked out
 * here from the file's lines (Warwickshire adds up: 4,260 + 11,229 + 6,723 + 16,786 + 350 = 39,348);
 * tampered copies move one count, and list a combined partnership's districts under its code.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Problem } from '../../src/errors/problem.js';
import { publishedTablesLoader } from '../../src/sources/publishedTables/publishedTablesLoader.js';
import { runLoader, writeTemp } from '../fixtures/home-office/loaderHarness.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { splitCsvLine, splitCsvText } from '../helpers/csvLine.js';

const C2 = join(SHARED_DATA, 'home-office', 'policeforceareatablesyejune25final-table-c2.csv');
const skip = existsSync(C2) ? false : '../shared/data is absent (a user clone): real-data test not run';
const NAME = 'policeforceareatablesyejune25final-table-c2.csv';

const count = (field: string | undefined) => Number((field ?? '').replace(/[, ]/g, ''));

async function addUpWarnings(text: string): Promise<Problem[]> {
  const { result } = await runLoader(publishedTablesLoader, writeTemp(NAME, text));
  assert.deepEqual(
    result.problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.ok(result.rowsAccepted > 9_000, 'the table is stored as published');
  return result.problems.filter((p) => p.code === 'ingest.parts-do-not-add-up');
}

test('real C2: the forces whose rows do not add up are reported with both numbers; Warwickshire adds up', {
  skip,
}, async () => {
  const text = readFileSync(C2, 'utf8');
  const rows = splitCsvText(text);
  const header = (rows[7] ?? []).map((cell) => cell.replace(/\s+/g, ' ').trim());
  const data = rows.filter((fields) => /^[EW]\d{8}$/.test(fields[0] ?? ''));
  const expected: string[] = [];
  for (const force of new Set(data.map((fields) => fields[0]))) {
    const rowsOf = data.filter((fields) => fields[0] === force);
    const total = rowsOf.find((fields) => fields[3] === '');
    if (!total) continue; // the City of London: its one row is the force
    for (let column = 6; column < header.length; column++) {
      const parts = rowsOf.filter((fields) => fields !== total && /\d/.test(fields[column] ?? ''));
      const sum = parts.reduce((s, fields) => s + count(fields[column]), 0);
      if (sum !== count(total[column]))
        expected.push(`${total[1]?.trim()}|${header[column]}|${count(total[column])}|${sum}`);
    }
  }
  const warwickshire = data.filter((fields) => fields[1] === 'Warwickshire');
  assert.equal(
    warwickshire.slice(1).reduce((s, fields) => s + count(fields[6]), 0),
    count(warwickshire[0]?.[6]),
  );
  assert.equal(count(warwickshire[0]?.[6]), 39_348);

  const warnings = await addUpWarnings(text);
  const found = warnings.map((p) => {
    const [force] = p.message.split("'s force row");
    return `${force}|${p.field}|${count(p.expected?.split(' ')[0])}|${count(p.found?.split(' ')[0])}`;
  });
  assert.deepEqual(found.sort(), expected.sort());
  assert.ok(expected.length > 0, 'the real table has forces that are one crime out (Gwent, South Wales)');
  assert.ok(!found.some((line) => line.startsWith('Warwickshire|')));
  for (const warning of warnings) {
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.file, NAME);
    const line = text.split(/\r?\n/)[(warning.line ?? 0) - 1] ?? '';
    assert.equal(splitCsvLine(line)[3], '', 'the warning points at the force row');
  }
});

test('tampered C2: one district count changed is reported against the force row, with both numbers', {
  skip,
}, async () => {
  const text = readFileSync(C2, 'utf8').replace(
    'North Warwickshire,E07000218,North Warwickshire,"4,260 "',
    'North Warwickshire,E07000218,North Warwickshire,"4,270 "',
  );
  assert.notEqual(text, readFileSync(C2, 'utf8'));
  const forceLine = text.split(/\r?\n/).findIndex((line) => line.startsWith('E23000017,Warwickshire,,')) + 1;
  const warnings = (await addUpWarnings(text)).filter((p) => p.message.startsWith('Warwickshire'));
  assert.equal(warnings.length, 1);
  const [warning] = warnings;
  assert.equal(warning?.line, forceLine);
  assert.equal(warning?.field, 'Total recorded crime (excluding fraud)');
  assert.equal(warning?.expected, '39,348 (the force row)');
  assert.equal(warning?.found, '39,358 (its rows added up)');
  assert.match(warning?.message ?? '', /difference of 10/);
});

test('a combined partnership whose districts are also listed under its code is counted once', {
  skip,
}, async () => {
  const original = readFileSync(C2, 'utf8');
  const combined = original.split(/\r?\n/).find((line) => line.includes(',South Warwickshire,Combined'));
  assert.ok(combined);
  const fields = splitCsvLine(combined);
  // Stratford-on-Avon and Warwick, splitting each count of South Warwickshire in two.
  const districts = [
    ['E07000221', 'Stratford-on-Avon', (n: number) => Math.floor(n / 2)],
    ['E07000222', 'Warwick', (n: number) => n - Math.floor(n / 2)],
  ] as const;
  const added = districts.map(([code, name, share]) =>
    [
      ...fields.slice(0, 4),
      code,
      name,
      ...fields.slice(6).map((f) => (/\d/.test(f) ? String(share(count(f))) : f)),
    ]
      .map((f) => (f.includes(',') ? `"${f}"` : f))
      .join(','),
  );
  const text = original.replace(combined, [combined, ...added].join('\n'));
  const warnings = await addUpWarnings(text);
  assert.ok(!warnings.some((p) => p.message.startsWith('Warwickshire')), JSON.stringify(warnings));
});
