/**
 * Real data end to end: the 2025 data.police.uk street files for Warwickshire and its five peers
 * (../shared/data/police-uk, see its README) go through the project's ingest pipeline into a
 * temporary workspace store, and the police.uk proxy measures must rank all six forces.
 *
 * The expected counts and ranks are computed here independently: the zip is opened with fflate (not
 * the pipeline's zip reader), each CSV line is split by a few lines of code below (not DuckDB), the
 * rows are counted per force, month and category, divided by the 2011 Census populations read from
 * ../shared/data/reference, and ranked (1 = highest rate per 1,000; ties share the best place).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { loadMeasureCatalogue } from '../../src/catalogue/measures/loadCatalogue.js';
import type { Measure } from '../../src/catalogue/measures/schema.js';
import { referenceVocabulary } from '../../src/catalogue/measures/vocabulary.js';
import { computeMeasures, type Subject } from '../../src/measures/computeMeasures.js';
import type { MeasuresResult } from '../../src/measures/result.js';
import { runMeasures } from '../../src/measures/runMeasures.js';
import { measureSettings } from '../../src/measures/settings.js';
import { ingest } from '../../src/sources/ingest.js';
import { monthsOf, parsePeriod } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';
import { configSchema } from '../../src/workspace/config.js';
import { splitCsvLine as csvFields } from '../helpers/csvLine.js';
import { scratchDir } from '../helpers/scratch.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data');
const archive = path.join(dataDir, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');
const populationsCsv = path.join(dataDir, 'reference', 'pfa-population-census-2011.csv');
const skip = existsSync(archive) ? false : '../shared/data is absent (a user clone): real-data test not run';

const FORCE = 'warwickshire';
const PEERS = ['west-mercia', 'staffordshire', 'leicestershire', 'northamptonshire', 'derbyshire'];
const SIX = [FORCE, ...PEERS];
/** Periods wholly inside the data (2025-01 to 2025-12): a quarter of each financial year, a month. */
const PERIODS = ['Q4 2024/25', 'Q3 2025/26', 'August 2025'];

/**
 * Rows per `force|YYYY-MM|Crime type`, read straight from the archive's street files; also, per
 * `force|YYYY-MM|no-id`, the rows with an empty Crime ID (anti-social behaviour, brief §3.2).
 */
function countRows(): Map<string, number> {
  const files = unzipSync(readFileSync(archive), { filter: (f) => f.name.endsWith('-street.csv') });
  const counts = new Map<string, number>();
  for (const [name, bytes] of Object.entries(files)) {
    const [, month, force] = /(\d{4}-\d{2})-(.+)-street\.csv$/.exec(path.basename(name))!;
    const lines = strFromU8(bytes).split(/\r?\n/);
    const typeAt = csvFields(lines[0]!).indexOf('Crime type');
    const idAt = csvFields(lines[0]!).indexOf('Crime ID');
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const fields = csvFields(line);
      for (const key of [
        `${force}|${month}|${fields[typeAt]}`,
        ...(fields[idAt] === '' ? [`${force}|${month}|no-id`] : []),
      ])
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** 2011 Census population per force slug ('West Mercia' -> 'west-mercia'). */
function populations(): Map<string, number> {
  const [, ...rows] = readFileSync(populationsCsv, 'utf8').trim().split(/\r?\n/);
  return new Map(
    rows.map((row) => {
      const [area, people] = row.split(',');
      return [area!.toLowerCase().replace(/ & /g, '-and-').replace(/ /g, '-'), Number(people)];
    }),
  );
}

/** The peer figure's fields these tests read (result.ts types it loosely). */
interface PeersFigure {
  readonly status: 'ok';
  readonly of: number;
  readonly rank: number;
  readonly ratePer1000: number;
  readonly forces: readonly { readonly slug: string; readonly count: number; readonly rank: number }[];
}

/** Rank 1 = highest rate; a tie shares the best place it occupies ('1, 2, 2, 4'). */
function rankOf(rate: number, rates: readonly number[]): number {
  return 1 + rates.filter((other) => other > rate).length;
}

let root: string;
let results: Map<string, MeasuresResult[]>;
let counts: Map<string, number>;
let people: Map<string, number>;
let proxies: Measure[];
let withDistricts: MeasuresResult;
/** Rows per `month|district|Crime type` of Warwickshire, the district from the LSOA name's prefix. */
let districtRows: Map<string, number>;
const WARWICKSHIRE_DISTRICTS = [
  'North Warwickshire',
  'Nuneaton and Bedworth',
  'Rugby',
  'Stratford-on-Avon',
  'Warwick',
];

/**
 * Warwickshire's rows by month, district (or 'no location', 'outside' for a district of either ONS
 * lookup, ', City of' and ', County of' left off, or 'unmatched') and crime type.
 */
function countDistrictRows(): Map<string, number> {
  const lookupNames = new Set(
    ['2016', '2023'].flatMap((year) =>
      readFileSync(path.join(dataDir, 'reference', `lad-csp-pfa-lookup-${year}.csv`), 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .map((line) => (csvFields(line)[1] ?? '').replace(/, (City|County) of$/, '')),
    ),
  );
  const files = unzipSync(readFileSync(archive), {
    filter: (f) => f.name.endsWith('-warwickshire-street.csv'),
  });
  const counts = new Map<string, number>();
  for (const [name, bytes] of Object.entries(files)) {
    const month = /(\d{4}-\d{2})-warwickshire-street\.csv$/.exec(name)![1]!;
    const lines = strFromU8(bytes).split(/\r?\n/);
    const header = csvFields(lines[0]!);
    const [nameAt, typeAt] = [header.indexOf('LSOA name'), header.indexOf('Crime type')];
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const fields = csvFields(line);
      const lsoa = fields[nameAt]!;
      const prefix = lsoa.slice(0, lsoa.lastIndexOf(' '));
      const where =
        lsoa === ''
          ? 'no location'
          : WARWICKSHIRE_DISTRICTS.includes(prefix)
            ? prefix
            : lookupNames.has(prefix)
              ? 'outside'
              : 'unmatched';
      const key = `${month}|${where}|${fields[typeAt]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

before(async () => {
  if (skip) return;
  counts = countRows();
  people = populations();
  root = scratchDir('scrutiny-measures-real-');
  const store = await Store.open(path.join(root, '.scrutiny', 'store.duckdb'));
  try {
    const summary = await ingest(
      store,
      [archive],
      {
        skipBadRows: false,
        workspaceForceSlug: FORCE,
        peerSlugs: PEERS,
        satisfactionCohorts: ['domestic_abuse'],
        tmpDir: path.join(root, '.scrutiny', 'tmp'),
        rejectsDir: path.join(root, '.scrutiny', 'rejects'),
      },
      { now: () => new Date('2026-01-20T10:00:00Z'), progress: () => {} },
    );
    assert.equal(summary.rowsAccepted, 539_552, 'the archive should ingest whole');

    const population = (slug: string) => people.get(slug)!;
    const config = configSchema.parse({
      force: {
        name: 'Warwickshire Police',
        slug: FORCE,
        area: 'Warwickshire',
        population: population(FORCE),
      },
      peers: PEERS.map((slug) => ({ slug, population: population(slug) })),
    });
    proxies = loadMeasureCatalogue({ vocabulary: referenceVocabulary() })
      .entries.map((e) => e.measure)
      .filter((m) => m.source === 'police_uk');
    // Every one of the six as the subject, ranked among the other five.
    const subjects: Subject[] = SIX.map((slug) => ({
      slug,
      name: slug,
      population: population(slug),
      peers: SIX.filter((peer) => peer !== slug).map((peer) => ({
        slug: peer,
        name: peer,
        population: population(peer),
      })),
    }));
    districtRows = countDistrictRows();
    withDistricts = (
      await runMeasures(store, {
        workspaceRoot: root,
        config,
        period: parsePeriod('Q3 2025/26'),
        now: new Date('2026-01-20T10:00:00Z'),
      })
    ).result;
    results = new Map();
    for (const label of PERIODS) {
      results.set(
        label,
        await computeMeasures(store, {
          measures: proxies,
          settings: measureSettings(config),
          period: parsePeriod(label),
          subjects,
          now: new Date('2026-01-20T10:00:00Z'),
        }),
      );
    }
  } finally {
    store.close();
  }
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('the police.uk proxies rank all six forces as an independent count of the CSV rows does', {
  skip,
  timeout: 900_000,
}, () => {
  assert.equal(proxies.length, 9, 'the catalogue ships eight police.uk proxies and anti-social behaviour');
  for (const label of PERIODS) {
    const months = monthsOf(parsePeriod(label));
    for (const measure of proxies) {
      const categories = measure.selection.police_uk_categories!;
      const count = (force: string) =>
        months.reduce(
          (total, month) =>
            total + categories.reduce((sum, type) => sum + (counts.get(`${force}|${month}|${type}`) ?? 0), 0),
          0,
        );
      const rates = SIX.map((force) => (1000 * count(force)) / people.get(force)!);
      for (const [s, force] of SIX.entries()) {
        const where = `${measure.id}, ${label}, ${force}`;
        const json = results.get(label)![s]!.measures.find((m) => m.id === measure.id)!;
        assert.equal(json.status, 'ok', where);
        const figures = json.figures!;
        assert.equal(figures.current.status === 'ok' && figures.current.value, count(force), where);
        assert.equal(figures.peers.status, 'ok', where);
        const peers = figures.peers as unknown as PeersFigure;
        assert.equal(peers.of, 6, where);
        assert.equal(peers.forces.length, 6, where);
        assert.equal(peers.rank, rankOf(rates[s]!, rates), where);
        assert.ok(Math.abs(peers.ratePer1000 - rates[s]!) < 1e-9, where);
        for (const row of peers.forces) {
          const i = SIX.indexOf(row.slug);
          assert.equal(row.count, count(row.slug), `${where}: ${row.slug}`);
          assert.equal(row.rank, rankOf(rates[i]!, rates), `${where}: ${row.slug}`);
        }
      }
    }
  }
});

test('the ranks are not all alike: the comparison separates the six forces', { skip }, () => {
  // Guards the test above against a degenerate pass (every force ranked 1st of 6 on empty data).
  const warwickshire = results.get('Q3 2025/26')![0]!;
  const figure = warwickshire.measures.find((m) => m.id === 'police_uk_burglary')!.figures!.peers;
  assert.equal(figure.status, 'ok');
  const burglary = figure as unknown as PeersFigure;
  assert.deepEqual(
    [...burglary.forces.map((f) => f.rank)].sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6],
  );
  assert.ok(
    burglary.forces.every((f) => f.count > 100),
    'a quarter of burglaries per force',
  );
});

test('anti-social behaviour counts the rows with no Crime ID, for the force and every peer', { skip }, () => {
  // The measure selects the category; police.uk marks the same rows by an empty Crime ID. Both
  // counts come from the CSV text above, so the two descriptions of ASB are checked against each other.
  for (const [s, force] of SIX.entries()) {
    const json = results
      .get('Q3 2025/26')!
      [s]!.measures.find((m) => m.id === 'police_uk_anti_social_behaviour')!;
    assert.equal(json.status, 'ok', force);
    assert.equal(json.kind, 'local', force);
    const noId = ['2025-10', '2025-11', '2025-12'].reduce(
      (sum, month) => sum + (counts.get(`${force}|${month}|no-id`) ?? 0),
      0,
    );
    assert.ok(noId > 1000, `${force}: a quarter of anti-social behaviour is over a thousand incidents`);
    assert.equal(json.figures!.current.status === 'ok' && json.figures!.current.value, noId, force);
  }
});

test('district figures: each row placed by its small area, as an independent count of the CSV rows', {
  skip,
}, () => {
  const quarters = {
    previous: ['2025-07', '2025-08', '2025-09'],
    current: ['2025-10', '2025-11', '2025-12'],
  };
  const count = (where: string, months: readonly string[], types: readonly string[]) =>
    months.reduce(
      (sum, month) =>
        sum + types.reduce((t, type) => t + (districtRows.get(`${month}|${where}|${type}`) ?? 0), 0),
      0,
    );
  const policeUk = withDistricts.measures.filter((m) => m.source === 'police_uk');
  assert.equal(policeUk.length, 9);
  for (const json of policeUk) {
    const types = proxies.find((m) => m.id === json.id)!.selection.police_uk_categories!;
    const breakdown = json.districts!;
    assert.ok(breakdown, json.id);
    assert.equal(breakdown.period, 'Q3 2025/26');
    assert.deepEqual(
      breakdown.districts.map((d) => [d.name, d.previous, d.current]),
      WARWICKSHIRE_DISTRICTS.map((d) => [
        d,
        count(d, quarters.previous, types),
        count(d, quarters.current, types),
      ]),
      json.id,
    );
    const unplaced = (reason: string, key: 'previous' | 'current') =>
      breakdown.unplaced.find((u) => u.reason === reason)?.[key] ?? 0;
    for (const key of ['previous', 'current'] as const) {
      assert.equal(
        unplaced('no_location', key),
        count('no location', quarters[key], types),
        `${json.id} ${key}`,
      );
      assert.equal(
        unplaced('outside_force_area', key),
        count('outside', quarters[key], types),
        `${json.id} ${key}`,
      );
      assert.equal(unplaced('unmatched', key), count('unmatched', quarters[key], types), `${json.id} ${key}`);
    }
    // Nothing dropped: the districts and the unplaced rows add up to the force's own figure.
    const current =
      breakdown.districts.reduce((s, d) => s + d.current, 0) +
      breakdown.unplaced.reduce((s, u) => s + u.current, 0);
    assert.equal(current, json.figures!.current.status === 'ok' ? json.figures!.current.value : NaN, json.id);
    assert.equal(breakdown.total.current, current, json.id);
  }
  // Burglary: 606 in Q3 2025/26, up from 499; no one district gives more than half of the rise.
  const burglary = withDistricts.measures.find((m) => m.id === 'police_uk_burglary')!.districts!;
  assert.deepEqual([burglary.total.previous, burglary.total.current], [499, 606]);
  assert.equal(burglary.drivenBy, null);
  const warwick = burglary.districts.find((d) => d.name === 'Warwick')!;
  assert.equal(warwick.partnership, 'South Warwickshire');
});
