/**
 * The synthetic store the measures benchmarks share: generated inside DuckDB (INSERT ... SELECT FROM
 * range()), with sources and coverage rows so the current_* views see it exactly as they see
 * ingested data. One force (Warwickshire) with a 60-month force extract (~4,500 crimes a month),
 * satisfaction and OCG disruptions; and a national police.uk load: 43 forces × 12 months (2023-04 to
 * 2024-03), ~12,600 street rows per force-month, ~6.5 million in all.
 */
import { FORCES } from '../../src/catalogue/reference/index.js';
import { monthRange } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';

export const FORCE = 'warwickshire';
export const slugs = FORCES.filter((f) => f.slug !== 'btp').map((f) => f.slug);
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

/** Builds the store at `path` (':memory:' for one in memory). */
export async function buildStore(path = ':memory:'): Promise<Store> {
  const store = await Store.open(path);
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
