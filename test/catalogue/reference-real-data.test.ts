import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import {
  forceBySlug,
  forceSlugFromHomeOfficeName,
  POLICE_UK_CRIME_TYPES,
} from '../../src/catalogue/reference/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'data');
const zip = path.join(dir, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');

test('real police.uk files: file-name slugs, "Reported by" names and crime types agree with the reference', {
  skip: existsSync(dir) ? false : '../shared/data is absent (a user clone): real-data test not run',
}, () => {
  const files = unzipSync(readFileSync(zip), { filter: (f) => f.name.startsWith('2025-01/') });
  const names = Object.keys(files);
  assert.equal(names.length, 6);
  for (const name of names) {
    const slug = /^2025-01\/2025-01-(.+)-street\.csv$/.exec(name)?.[1];
    assert.ok(slug, name);
    const force = forceBySlug(slug);
    assert.ok(force, `slug ${slug} is not in the reference`);
    const lines = strFromU8(files[name] as Uint8Array).split('\n');
    const reportedBy = new Set<string>();
    const types = new Set<string>();
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const cells = line.split(',');
      reportedBy.add(cells[2] ?? '');
      types.add(cells[9] ?? '');
    }
    assert.deepEqual([...reportedBy], [force.policeUkName], slug);
    assert.equal(forceSlugFromHomeOfficeName(force.policeUkName), slug);
    for (const type of types) assert.ok((POLICE_UK_CRIME_TYPES as readonly string[]).includes(type), type);
  }
});
