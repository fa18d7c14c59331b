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
import { clearFitCache, fitCacheStats } from '../src/forecast/index.js';
import { computeMeasures, type Subject } from '../src/measures/computeMeasures.js';
import { measureSettings } from '../src/measures/settings.js';
import { parsePeriod } from '../src/stats/calendar.js';
import type { Store } from '../src/store/store.js';
import { configSchema } from '../src/workspace/config.js';
import { buildStore, FORCE, slugs } from './lib/syntheticStore.js';

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
