import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import {
  CRIME_FLAGS,
  FORCE_CRIMES_COLUMNS,
  FORCE_OCG_COLUMNS,
  FORCE_SATISFACTION_COLUMNS,
  HO_OUTCOMES_COLUMNS,
  HO_RECORDED_CRIME_COLUMNS,
  POLICE_UK_OUTCOMES_COLUMNS,
  POLICE_UK_STOP_SEARCH_COLUMNS,
  POLICE_UK_STREET_COLUMNS,
} from '../../src/catalogue/formats.js';
import {
  forceBySlug,
  isKnownOffenceCode,
  offenceCode,
  policeUkOutcome,
} from '../../src/catalogue/reference/index.js';
import { generateDemoWorkspace, lastCompleteMonth } from '../../src/demo/generate.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { financialQuarterOf, financialYearLabel, financialYearOf } from '../../src/stats/calendar.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import { scratchDir } from '../helpers/scratch.js';

const scratch = scratchDir('scrutiny-demo-test-');
after(() => rmSync(scratch, { recursive: true, force: true }));

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

test('the same seed and last month give byte-identical files; another seed gives different data', async () => {
  const a = await generateDemoWorkspace(join(scratch, 'a'), { seed: 7, endMonth: '2022-06' });
  const b = await generateDemoWorkspace(join(scratch, 'b'), { seed: 7, endMonth: '2022-06' });
  const c = await generateDemoWorkspace(join(scratch, 'c'), { seed: 8, endMonth: '2022-06' });
  const [ha, hb, hc] = [hashes(a.root), hashes(b.root), hashes(c.root)];
  assert.ok(ha.size >= 8, `expected the config and 7 data files, found ${[...ha.keys()]}`);
  assert.deepEqual([...ha.entries()], [...hb.entries()]);
  assert.deepEqual([...hc.keys()], [...ha.keys()]);
  for (const [path, hash] of ha)
    if (path.startsWith('data/')) assert.notEqual(hc.get(path), hash, `${path} did not change with the seed`);
});

test('refuses a bad seed, an end month outside the data, and a folder that is already a workspace', async () => {
  const usage = (fn: () => Promise<unknown>, code: string) =>
    assert.rejects(
      fn,
      (e: unknown) => e instanceof ScrutinyError && e.exitCode === 2 && e.problems[0]?.code === code,
    );
  await usage(
    () => generateDemoWorkspace(join(scratch, 'x'), { seed: 1.5, endMonth: '2023-01' }),
    'demo.seed-invalid',
  );
  await usage(
    () => generateDemoWorkspace(join(scratch, 'x'), { endMonth: '2023-13' }),
    'demo.end-month-invalid',
  );
  await usage(
    () => generateDemoWorkspace(join(scratch, 'x'), { endMonth: '2022-02' }),
    'demo.end-month-out-of-range',
  );
  await usage(
    () => generateDemoWorkspace(join(scratch, 'a'), { seed: 7, endMonth: '2022-06' }),
    'workspace.not-empty',
  );
});

test('the default last month is the last complete month on London clocks', () => {
  // 23:30 UTC on 31 March 2024 is 00:30 BST on 1 April: March is then complete.
  assert.equal(lastCompleteMonth(new Date('2024-03-31T23:30:00Z')), '2024-03');
  assert.equal(lastCompleteMonth(new Date('2024-03-31T22:30:00Z')), '2024-02');
  assert.equal(lastCompleteMonth(new Date('2024-01-15T12:00:00Z')), '2023-12');
});

// One full-length world for the content checks.
const full = await generateDemoWorkspace(join(scratch, 'full'), { seed: 20190401, endMonth: '2026-10' });
const extract = join(full.root, 'data', 'force-extract-2026-11-05');
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const crimeRows = lines(join(extract, 'crimes.csv'));
const crimes = crimeRows.slice(1).map((l) => l.split(','));

test('every file starts with exactly the header of its format in formats.ts', () => {
  const header = (path: string) => lines(path)[0];
  assert.equal(crimeRows[0], FORCE_CRIMES_COLUMNS.join(','));
  assert.equal(header(join(extract, 'satisfaction.csv')), FORCE_SATISFACTION_COLUMNS.join(','));
  assert.equal(header(join(extract, 'ocg_disruptions.csv')), FORCE_OCG_COLUMNS.join(','));
  const ho = join(full.root, 'data', 'home-office');
  assert.equal(header(join(ho, 'prc-pfa-apr2019-sep2026.csv')), HO_RECORDED_CRIME_COLUMNS.join(','));
  assert.equal(header(join(ho, 'outcomes-pfa-apr2019-sep2026.csv')), HO_OUTCOMES_COLUMNS.join(','));
  const zip = unzipSync(readFileSync(join(full.root, 'data', 'police-uk', '2026-10.zip')), {
    filter: (f) => f.name.startsWith('2026-10/'),
  });
  const expected = {
    street: POLICE_UK_STREET_COLUMNS,
    outcomes: POLICE_UK_OUTCOMES_COLUMNS,
    'stop-and-search': POLICE_UK_STOP_SEARCH_COLUMNS,
  };
  assert.equal(Object.keys(zip).length, 10);
  for (const [name, bytes] of Object.entries(zip)) {
    const kind = /-(street|outcomes|stop-and-search)\.csv$/.exec(name)?.[1] as keyof typeof expected;
    assert.equal(strFromU8(bytes).split('\n')[0], expected[kind].join(','), name);
  }
});

test('crimes.csv: 4,000 to 5,000 crimes every month, known codes, valid outcomes, dates and flags', () => {
  const perMonth = new Map<string, number>();
  const flags = new Set<string>(CRIME_FLAGS);
  for (const [ref, recorded, code, district, lsoa, outcome, outcomeDate, flagText] of crimes) {
    perMonth.set(recorded!.slice(0, 7), (perMonth.get(recorded!.slice(0, 7)) ?? 0) + 1);
    assert.match(ref!, /^MD\/\d{4}\/\d{6}$/);
    assert.equal(ref!.slice(3, 7), recorded!.slice(0, 4));
    assert.ok(isKnownOffenceCode(code), `unknown code ${code}`);
    assert.ok(['Northwold', 'Hollinbury', 'Midcaster', 'Elmsworth', 'Tennerdale'].includes(district!));
    assert.match(lsoa!, /^E01900\d{3}$/);
    if (outcome === '') assert.equal(outcomeDate, '');
    else {
      assert.ok(Number(outcome) >= 1 && Number(outcome) <= 22, outcome);
      assert.ok(outcomeDate! > recorded! && outcomeDate! <= '2026-10-31', `${recorded} -> ${outcomeDate}`);
    }
    for (const flag of flagText ? flagText.split(';') : []) assert.ok(flags.has(flag), flag);
  }
  assert.equal(perMonth.size, 91);
  for (const [month, count] of perMonth)
    assert.ok(count >= 4000 && count <= 5000, `${month}: ${count} crimes`);
  assert.equal(new Set(crimes.map((c) => c[0])).size, crimes.length, 'crime references are unique');
});

test('crimes.csv: realistic volumes, a handful of homicides a year and one multi-victim incident', () => {
  const monthly = (codes: string[]) => crimes.filter((c) => codes.includes(c[2]!)).length / 91;
  const vwi = monthly(['2', '4.3', '4.7', '5D', '5E', '8N', '8P', '8S']);
  assert.ok(vwi > 340 && vwi < 420, `violence with injury ${vwi}`);
  const robbery = monthly(['34A', '34B']);
  assert.ok(robbery > 25 && robbery < 40, `robbery ${robbery}`);
  const burglary = monthly(['28E', '28F', '28G', '28H', '29A']);
  assert.ok(burglary > 70 && burglary < 110, `residential burglary ${burglary}`);
  const vehicle = monthly(['48', '37.2', '45', '126']);
  assert.ok(vehicle > 300 && vehicle < 450, `vehicle ${vehicle}`);
  const homicides = crimes.filter((c) => ['1', '4.1', '4.2', '4.10'].includes(c[2]!));
  const exceptional = homicides.filter((c) => c[7]!.includes('exceptional_incident'));
  assert.equal(exceptional.length, 4);
  assert.equal(new Set(exceptional.map((c) => c[1])).size, 1, 'the four victims share one date');
  const perYear = (homicides.length - exceptional.length) / (91 / 12);
  assert.ok(perYear >= 3 && perYear <= 10, `homicides a year ${perYear}`);
  // Recent crimes are more often still without an outcome.
  const open = (month: string) => {
    const rows = crimes.filter((c) => c[1]!.startsWith(month));
    return rows.filter((c) => c[5] === '').length / rows.length;
  };
  assert.ok(open('2026-10') > 0.5 && open('2023-10') < 0.05, `${open('2026-10')} vs ${open('2023-10')}`);
});

test('the Home Office tables agree with crimes.csv per quarter and code, recorded and outcomes', () => {
  const quarterOf = (date: string) => {
    const month = date.slice(0, 7);
    return `${financialYearLabel(financialYearOf(month))} ${financialQuarterOf(month)}`;
  };
  const recorded = new Map<string, number>();
  const assigned = new Map<string, number>();
  const ofRecorded = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const [, date, code, , , outcome, outcomeDate] of crimes) {
    if (date! > '2026-09-30') continue;
    bump(recorded, `${quarterOf(date!)}|${code}`);
    if (outcome === '' || outcomeDate! > '2026-09-30') continue;
    bump(assigned, `${quarterOf(outcomeDate!)}|${code}|${outcome}`);
    bump(ofRecorded, `${quarterOf(date!)}|${code}|${outcome}`);
  }
  const ho = join(full.root, 'data', 'home-office');
  const table = new Map<string, number>();
  for (const line of lines(join(ho, 'prc-pfa-apr2019-sep2026.csv')).slice(1)) {
    const cells = parseCsvLine(line);
    if (cells[2] !== 'Midshire') continue;
    assert.equal(offenceCode(cells[6])?.description, cells[3]);
    table.set(`${cells[0]} ${cells[1]}|${cells[6]}`, Number(cells[7]));
  }
  // Every quarter (Q1 2019/20 to Q2 2026/27: 30) lists every code, zeros included.
  const codes = new Set([...table.keys()].map((k) => k.split('|')[1]));
  assert.ok(codes.size > 120, `${codes.size} codes`);
  assert.equal(table.size, 30 * codes.size);
  for (const [key, count] of table) assert.equal(count, recorded.get(key) ?? 0, key);
  assert.equal(
    [...recorded.values()].reduce((a, b) => a + b),
    [...table.values()].reduce((a, b) => a + b),
  );
  let outcomeRows = 0;
  for (const line of lines(join(ho, 'outcomes-pfa-apr2019-sep2026.csv')).slice(1)) {
    const cells = parseCsvLine(line);
    if (cells[2] !== 'Midshire') continue;
    outcomeRows++;
    const key = `${cells[0]} ${cells[1]}|${cells[6]}|${cells[9]}`;
    assert.equal(Number(cells[10]), assigned.get(key) ?? 0, `assigned ${key}`);
    assert.equal(Number(cells[11]), ofRecorded.get(key) ?? 0, `of recorded ${key}`);
  }
  assert.equal(outcomeRows, new Set([...assigned.keys(), ...ofRecorded.keys()]).size);
  // Peers are in both tables and none of them is a real force.
  const forces = new Set(
    lines(join(ho, 'prc-pfa-apr2019-sep2026.csv'))
      .slice(1)
      .map((l) => parseCsvLine(l)[2]),
  );
  assert.equal(forces.size, 8);
  for (const name of forces) assert.equal(forceBySlug(name!.toLowerCase()), undefined, name);
});

test('police.uk archive: street rows are the same crimes as crimes.csv; outcomes and ASB look as published', () => {
  const zip = unzipSync(readFileSync(join(full.root, 'data', 'police-uk', '2026-10.zip')));
  const names = Object.keys(zip);
  const mine = names.filter((n) => n.includes('-midshire-'));
  assert.equal(mine.length, 36 * 3);
  assert.equal(names.length - mine.length, 7 * 13);
  assert.ok(names.every((n) => /^(\d{4}-\d{2})\/\1-[a-z]+-(street|outcomes|stop-and-search)\.csv$/.test(n)));
  const extractByMonthType = new Map<string, number>();
  for (const [, date, code] of crimes) {
    if (date! < '2023-11') continue;
    const key = `${date!.slice(0, 7)}|${offenceCode(code)?.policeUkCategory}`;
    extractByMonthType.set(key, (extractByMonthType.get(key) ?? 0) + 1);
  }
  const streetByMonthType = new Map<string, number>();
  const ids = new Set<string>();
  for (const name of mine.filter((n) => n.endsWith('-street.csv'))) {
    for (const line of strFromU8(zip[name]!).split('\n').slice(1)) {
      if (line === '') continue;
      const cells = line.split(',');
      assert.equal(cells.length, 12, line);
      assert.equal(cells[2], 'Midshire Police');
      if (cells[9] === 'Anti-social behaviour') {
        assert.equal(cells[0], '');
        assert.equal(cells[10], '');
        continue;
      }
      assert.match(cells[0]!, /^[0-9a-f]{64}$/);
      ids.add(cells[0]!);
      assert.ok(policeUkOutcome(cells[10]!), `unknown outcome ${cells[10]}`);
      const key = `${cells[1]}|${cells[9]}`;
      streetByMonthType.set(key, (streetByMonthType.get(key) ?? 0) + 1);
    }
  }
  assert.deepEqual(new Map([...streetByMonthType].sort()), new Map([...extractByMonthType].sort()));
  let linked = 0;
  for (const name of mine.filter((n) => n.endsWith('-outcomes.csv')))
    for (const line of strFromU8(zip[name]!).split('\n').slice(1)) {
      if (line === '') continue;
      const cells = line.split(',');
      assert.ok(policeUkOutcome(cells[9]!), cells[9]);
      if (ids.has(cells[0]!)) linked++;
    }
  assert.ok(linked > 100_000, `only ${linked} outcome rows link to street rows`);
});

test('the workspace configuration parses and describes the fictional force, districts and peers', () => {
  const config = loadConfig(join(full.root, 'scrutiny.config.yaml'));
  assert.equal(config.force.slug, 'midshire');
  assert.equal(config.districts.length, 5);
  assert.equal(
    config.districts.reduce((sum, d) => sum + (d.population ?? 0), 0),
    config.force.population,
  );
  assert.deepEqual([...new Set(config.districts.map((d) => d.area))].sort(), ['North', 'South']);
  assert.equal(config.peers.length, 7);
  for (const peer of config.peers)
    assert.equal(forceBySlug(peer.slug), undefined, `${peer.slug} is a real force`);
  const satisfaction = lines(join(extract, 'satisfaction.csv'))
    .slice(1)
    .map((l) => l.split(','));
  assert.equal(satisfaction.length, 91 * 5);
  for (const [, cohort, responses, satisfied] of satisfaction) {
    assert.ok(config.satisfaction.cohorts.includes(cohort!));
    assert.ok(Number(responses) >= 40 && Number(responses) <= 120);
    assert.ok(Number(satisfied) <= Number(responses));
  }
  const ocg = lines(join(extract, 'ocg_disruptions.csv'))
    .slice(1)
    .map((l) => l.split(','));
  const perYear = ocg.length / (91 / 12);
  assert.ok(perYear > 80 && perYear < 120, `${perYear} disruptions a year`);
  const minor = ocg.filter((r) => r[1] === 'minor').length / ocg.length;
  assert.ok(minor > 0.75 && minor < 0.9, `minor share ${minor}`);
});

/** Minimal RFC 4180 reading for one line of the Home Office tables (quoted descriptions). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells;
}
