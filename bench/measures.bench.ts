/**
 * `npm run bench:measures`: how long the measures take.
 *   (a) every measure of the catalogue for one force and one quarter (force extract, 60 months of
 *       ~4,500 crimes a month, satisfaction, OCG disruptions, and police.uk for the force and 7 peers);
 *   (b) every police.uk measure for EVERY force of a national police.uk load (43 forces, 12 months,
 *       ~6.5 million street rows), each force with 7 peers.
 * The store is synthetic, generated inside DuckDB (INSERT ... SELECT FROM range()), with sources and
 * coverage rows so the current_* views see it exactly as they see ingested data. Targets: (a) under
 * 1 s, (b) under 15 s. Prints medians of 5 runs (3 for b), each run cold: the forecast layer's memo
 * of fits is cleared before it, so every run fits every model as a fresh process would. Also
 * prints how long a query was in flight in each run (DuckDB answers the next family while JavaScript
 * assembles the measures already fetched, so this time and the JavaScript's overlap), the ratio of
 * the median to the target and the peak resident memory of the process.
 */
import { loadMeasureCatalogue } from '../src/catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../src/catalogue/measures/vocabulary.js';
import { FORCES } from '../src/catalogue/reference/index.js';
import { clearFitCache, fitCacheStats } from '../src/forecast/index.js';
import { computeMeasures, type Subject } from '../src/measures/computeMeasures.js';
import { measureSettings } from '../src/measures/settings.js';
import { monthRange, parsePeriod } from '../src/stats/calendar.js';
import { Store } from '../src/store/store.js';
import { configSchema } from '../src/workspace/config.js';

const FORCE = 'warwickshire';
const slugs = FORCES.filter((f) => f.slug !== 'btp').map((f) => f.slug);
const extractMonths = monthRange('2019-04', '2024-03');
const policeUkMonths = monthRange('2023-04', '2024-03');
const CATEGORIES = [
  'Violence and sexual offences',
  'Anti-social behaviour',
  'Burglary',
  'Robbery',
  'Vehicle crime',
  'Theft from the person',
  'Drugs',
  'Possession of weapons',
  'Shoplifting',
  'Criminal damage and arson',
  'Other theft',
  'Public order',
];
const CODES = ['8N', '5D', '34A', '34B', '28E', '28F', '48', '45', '39', '1', '46', '58A', '105A', '8L'];

async function buildStore(): Promise<Store> {
  const store = await Store.open(':memory:');
  const source = async (format: string, force: string) =>
    (await store.queryOne<{ id: number }>(
      `INSERT INTO sources (path, file_name, size_bytes, sha256, format, force_slug, version_key, rows_accepted, rows_rejected)
       VALUES ($p, $p, 1, $p, $f, $force, '1', 0, 0) RETURNING source_id AS id`,
      { p: `${format}-${force}`, f: format, force },
    ))!.id;
  const cover = (id: number, dataset: string, force: string, months: readonly string[]) =>
    store.run(
      `INSERT INTO coverage SELECT $id, $dataset, $force, CAST(m || '-01' AS DATE), 1, NULL
       FROM unnest(from_json($months, '["VARCHAR"]')) t(m)`,
      { id, dataset, force, months: JSON.stringify(months) },
    );
  const crimes = await source('force_crimes', FORCE);
  await cover(crimes, 'force_crimes', FORCE, extractMonths);
  await store.run(
    `INSERT INTO force_crimes
     SELECT $id, i, $force, 'R' || i, d, date_trunc('month', d), codes[1 + (i % len(codes))], NULL, NULL,
       CASE WHEN i % 5 = 0 THEN NULL ELSE (i % 22) END, d + INTERVAL 20 DAY,
       CASE WHEN i % 40 = 0 THEN ['knife'] WHEN i % 97 = 0 THEN ['firearm'] ELSE []::VARCHAR[] END
     FROM (SELECT i, DATE '2019-04-01' + CAST(i % 1826 AS INTEGER) AS d,
             from_json($codes, '["VARCHAR"]') AS codes FROM range(270000) t(i))
     WHERE d < DATE '2024-04-01'`,
    { id: crimes, force: FORCE, codes: JSON.stringify(CODES) },
  );
  const survey = await source('force_satisfaction', FORCE);
  await cover(survey, 'force_satisfaction', FORCE, extractMonths);
  await store.run(
    `INSERT INTO force_satisfaction SELECT $id, 1, $force, CAST(m || '-01' AS DATE), c, 100, 70 + (len(m) % 10)
     FROM unnest(from_json($months, '["VARCHAR"]')) a(m),
          unnest(['domestic_abuse', 'vehicle_crime', 'violence', 'burglary', 'hate_crime']) b(c)`,
    { id: survey, force: FORCE, months: JSON.stringify(extractMonths) },
  );
  const ocg = await source('force_ocg_disruptions', FORCE);
  await cover(ocg, 'force_ocg_disruptions', FORCE, extractMonths);
  await store.run(
    `INSERT INTO force_ocg_disruptions SELECT $id, i, $force, d, date_trunc('month', d),
       ['major', 'moderate', 'minor'][1 + (i % 3)], i % 2, i % 3
     FROM (SELECT i, DATE '2019-04-01' + CAST(i * 3 AS INTEGER) AS d FROM range(600) t(i)) WHERE d < DATE '2024-04-01'`,
    { id: ocg, force: FORCE },
  );
  // National police.uk: 43 forces × 12 months; ~12,600 rows per force-month, ~6.5 million in all.
  for (const [index, slug] of slugs.entries()) {
    const id = await source('police_uk_street', slug);
    await cover(id, 'police_uk_street', slug, policeUkMonths);
    await store.run(
      `INSERT INTO police_uk_street (source_id, line, crime_id, month, force_slug, crime_type)
       SELECT $id, i, NULL, DATE '2023-04-01' + INTERVAL (i % 12) MONTH, $slug, cats[1 + (i % len(cats))]
       FROM (SELECT i, from_json($cats, '["VARCHAR"]') AS cats FROM range($n) t(i))`,
      { id, slug, cats: JSON.stringify(CATEGORIES), n: 140000 + (index % 7) * 3000 },
    );
  }
  return store;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Timed {
  times: number[];
  /** Milliseconds of each run with a query in flight, and the queries a run makes. */
  sql: number[];
  queries: number;
  fits: number;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<Timed> {
  const result: Timed = { times: [], sql: [], queries: 0, fits: 0 };
  for (let run = 0; run < runs; run++) {
    clearFitCache();
    sqlMilliseconds = 0;
    queryCount = 0;
    const start = performance.now();
    await work();
    result.times.push(performance.now() - start);
    result.sql.push(sqlMilliseconds);
    result.queries = queryCount;
    result.fits = fitCacheStats().misses;
  }
  return result;
}

function report(label: string, timed: Timed, targetMs: number): string {
  const mid = median(timed.times);
  const runs = timed.times.map((t) => t.toFixed(0)).join(', ');
  const inFlight = median(timed.sql);
  return [
    `${label}: median ${mid.toFixed(0)} ms (runs: ${runs}; target < ${targetMs} ms; ${(mid / targetMs).toFixed(2)} of the target)`,
    `    ${timed.queries} queries, one in flight for ${inFlight.toFixed(0)} ms (${((100 * inFlight) / mid).toFixed(0)}% of the run), ${timed.fits} forecast fits per run`,
  ].join('\n');
}

let sqlMilliseconds = 0;
let queryCount = 0;
/** Times every query the measures layer runs: how long the run has a query in flight. */
function instrument(store: Store): void {
  const query = store.query.bind(store);
  store.query = async (...args: Parameters<Store['query']>) => {
    const start = performance.now();
    try {
      return await query(...args);
    } finally {
      sqlMilliseconds += performance.now() - start;
      queryCount++;
    }
  };
}

const built = performance.now();
const store = await buildStore();
const rows = await store.queryOne<{ n: number }>('SELECT count(*) AS n FROM police_uk_street');
console.log(
  `synthetic store: ${rows?.n.toLocaleString('en-GB')} police.uk rows, built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
);

const config = configSchema.parse({
  force: { name: 'Warwickshire Police', slug: FORCE, area: 'Warwickshire', population: 600000 },
});
const settings = measureSettings(config);
const catalogue = loadMeasureCatalogue({ vocabulary: referenceVocabulary() });
const measures = catalogue.entries.map((e) => e.measure);
const period = parsePeriod('Q4 2023/24');
const subjectFor = (slug: string, i: number): Subject => ({
  slug,
  name: slug,
  population: 500000 + i * 10000,
  peers: slugs
    .filter((s) => s !== slug)
    .slice(i % 30, (i % 30) + 7)
    .map((s, j) => ({ slug: s, name: s, population: 600000 + j * 50000 })),
});

instrument(store);
const one = await time(5, () =>
  computeMeasures(store, { measures, settings, period, subjects: [subjectFor(FORCE, 0)], now: new Date() }),
);
console.log(report(`(a) all ${measures.length} measures, one force, one quarter`, one, 1000));

const policeUk = measures.filter((m) => m.source === 'police_uk');
const allForces = await time(3, () =>
  computeMeasures(store, {
    measures: policeUk,
    settings,
    period,
    subjects: slugs.map(subjectFor),
    now: new Date(),
  }),
);
console.log(
  report(
    `(b) all ${policeUk.length} police.uk measures for each of ${slugs.length} forces (7 peers each)`,
    allForces,
    15000,
  ),
);
console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
store.close();
