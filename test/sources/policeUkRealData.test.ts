/**
 * Real data: the data.police.uk street files for Warwickshire and five peers, 2025
 * (../shared/data/police-uk, see its README). The expected counts are computed here by an
 * independent reader: the zip is opened with fflate's unzipSync (not the pipeline's zip reader) and
 * each CSV is split by a few lines of code below (not DuckDB, not the project's tokenizer).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { ingest } from '../../src/sources/ingest.js';
import { fixedEffects, openStore, SHARED_DATA, testWorkspace } from '../fixtures/police-uk/testWorkspace.js';

const ZIP = join(SHARED_DATA, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');
const skip = existsSync(ZIP) ? false : '../shared/data is absent (a user clone): real-data test not run';

/** Split one CSV line, honouring double quotes (police.uk quotes values holding commas). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

interface Independent {
  readonly total: number;
  readonly byForce: Map<string, number>;
  /** `force|YYYY-MM|crime type` -> rows. */
  readonly byCategory: Map<string, number>;
  /** A sample of (file, line, crime id) to check stored line numbers against. */
  readonly sample: { file: string; line: number; crimeId: string }[];
}

function countIndependently(): Independent {
  const entries = unzipSync(new Uint8Array(readFileSync(ZIP)));
  const byForce = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const sample: Independent['sample'] = [];
  let total = 0;
  for (const [name, bytes] of Object.entries(entries)) {
    const match = /(\d{4}-\d{2})-(.+)-street\.csv$/.exec(name);
    if (!match) continue;
    const force = match[2]!;
    const lines = new TextDecoder().decode(bytes).split('\n');
    const header = splitCsvLine(lines[0]!);
    const monthAt = header.indexOf('Month');
    const typeAt = header.indexOf('Crime type');
    for (let i = 1; i < lines.length; i++) {
      const text = lines[i]!.replace(/\r$/, '');
      if (text === '') continue;
      const fields = splitCsvLine(text);
      total++;
      byForce.set(force, (byForce.get(force) ?? 0) + 1);
      const key = `${force}|${fields[monthAt]}|${fields[typeAt]}`;
      byCategory.set(key, (byCategory.get(key) ?? 0) + 1);
      if (i % 997 === 0 && fields[0])
        sample.push({ file: name.split('/').pop()!, line: i + 1, crimeId: fields[0] });
    }
  }
  return { total, byForce, byCategory, sample };
}

test('the real police.uk zip ingests with exact row counts, per force, month and category', {
  skip,
  timeout: 600_000,
}, async () => {
  const expected = countIndependently();
  assert.equal(expected.total, 539_552, 'the independent reader should agree with the data README');

  const ws = testWorkspace({
    peerSlugs: ['west-mercia', 'staffordshire', 'leicestershire', 'northamptonshire', 'derbyshire'],
  });
  const store = await openStore(ws);
  const summary = await ingest(store, [ZIP], ws.options, fixedEffects);
  assert.equal(summary.rowsAccepted, 539_552);
  assert.equal(summary.rowsRejected, 0);
  assert.deepEqual(summary.problems, []);
  assert.equal(summary.files.length, 72);

  const byForce = await store.query<{ force_slug: string; n: number }>(
    'SELECT force_slug, count(*) AS n FROM current_police_uk_street GROUP BY ALL ORDER BY force_slug',
  );
  assert.equal(byForce.find((r) => r.force_slug === 'warwickshire')?.n, 51_198);
  assert.deepEqual(
    byForce,
    [...expected.byForce]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([force_slug, n]) => ({ force_slug, n })),
  );

  const byCategory = await store.query<{ force_slug: string; month: string; crime_type: string; n: number }>(
    `SELECT force_slug, strftime(month, '%Y-%m') AS month, crime_type, count(*) AS n
     FROM police_uk_street GROUP BY ALL`,
  );
  const stored = new Map(byCategory.map((r) => [`${r.force_slug}|${r.month}|${r.crime_type}`, r.n]));
  assert.equal(stored.size, expected.byCategory.size);
  for (const [key, n] of expected.byCategory) assert.equal(stored.get(key), n, key);

  // Each sampled row is stored at the line it sits on in its file.
  for (const { file, line, crimeId } of expected.sample) {
    const row = await store.queryOne<{ crime_id: string }>(
      `SELECT p.crime_id FROM police_uk_street p JOIN sources s USING (source_id)
       WHERE s.file_name = $file AND p.line = $line`,
      { file, line },
    );
    assert.equal(row?.crime_id, crimeId, `${file}:${line}`);
  }
  assert.ok(expected.sample.length >= 100, `${expected.sample.length} rows sampled`);

  const archive = await store.query<{ archive_month: string; n: number }>(
    'SELECT archive_month, count(*) AS n FROM sources GROUP BY ALL',
  );
  // Not named YYYY-MM.zip: the archive month is the latest month inside it.
  assert.deepEqual(archive, [{ archive_month: '2025-12', n: 72 }]);
  store.close();
});
