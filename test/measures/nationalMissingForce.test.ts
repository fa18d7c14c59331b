/**
 * The national position when a table leaves a force out, and its change beside England and Wales's,
 * on small synthetic tables built here (no shared table has a missing force cell or a year-earlier
 * twin). Every expected rank and percentage is worked out in this file from the counts it wrote and
 * the built-in populations; the City of London's single CSP row is read from a small C2-like sheet.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORCES, MID_2023_POPULATION } from '../../src/catalogue/reference/index.js';
import { nationalFigure } from '../../src/measures/figures/nationalFigure.js';
import { groupPublishedTables } from '../../src/measures/published/publishedTables.js';
import type { MeasureJson } from '../../src/measures/result.js';
import type { PublishedCellRow } from '../../src/measures/sql/publishedCells.js';
import { nationalSentence } from '../../src/narrative/sentences/yardsticks.js';
import { cellValue } from '../../src/sources/publishedTables/labels.js';
import { readSheetTable } from '../../src/sources/publishedTables/sheetCells.js';

const HEADING = 'Residential burglary';
const OWN = 'warwickshire';
const MISSING = 'greater-manchester';
const forces = FORCES.flatMap((f) => {
  const population = f.onsCode ? MID_2023_POPULATION.get(f.onsCode) : undefined;
  return population ? [{ slug: f.slug, name: f.homeOfficeName, population }] : [];
});

/** Counts chosen so the rates differ: Greater Manchester's is by far the highest, so leaving it out moves the rank. */
function countsFor(ownCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  forces.forEach((f, i) => {
    counts.set(f.slug, Math.round((f.population * (1 + 0.07 * i)) / 1000));
  });
  counts.set(MISSING, Math.round((forces.find((f) => f.slug === MISSING)?.population ?? 0) / 10));
  counts.set(OWN, ownCount);
  return counts;
}

function rows(
  first: string,
  last: string,
  counts: Map<string, number>,
  national: number,
  marker: string | null,
): PublishedCellRow[] {
  const base = {
    source_id: last === '2025-06' ? 2 : 1,
    sheet: 'Table C2',
    table_title: `Table C2: Number of police recorded crimes, 12 months to ${last}`,
    first,
    last,
    column_label: HEADING,
  };
  const out: PublishedCellRow[] = [
    {
      ...base,
      area_kind: 'country',
      area_name: 'England and Wales',
      force_slug: 'england-and-wales',
      value: national,
      marker: null,
      line: 9,
    },
  ];
  forces.forEach((f, i) => {
    const isMissing = marker !== null && f.slug === MISSING;
    out.push({
      ...base,
      area_kind: 'force',
      area_name: f.name,
      force_slug: f.slug,
      value: isMissing ? null : (counts.get(f.slug) ?? 0),
      marker: isMissing ? marker : null,
      line: 10 + i,
    });
  });
  return out;
}

/** Competition ranking, 1 = highest rate, among the forces given a figure. */
function expectedRank(counts: Map<string, number>, leftOut: readonly string[]): { rank: number; of: number } {
  const rate = (slug: string) =>
    (counts.get(slug) ?? 0) / (forces.find((f) => f.slug === slug)?.population ?? Number.NaN);
  const held = forces.filter((f) => !leftOut.includes(f.slug));
  return { rank: 1 + held.filter((f) => rate(f.slug) > rate(OWN)).length, of: held.length };
}

for (const marker of ['[x]', '..']) {
  test(`a force written '${marker}' is left out of the ranking, which is then of 42, and is named`, () => {
    assert.deepEqual(cellValue(` ${marker} `), { marker }, 'the reader keeps the cell as a marker');
    const counts = countsFor(1_100);
    const tables = groupPublishedTables(rows('2024-07', '2025-06', counts, 90_000, marker));
    const figure = nationalFigure({
      heading: HEADING,
      forceSlug: OWN,
      peerSlugs: [],
      tables,
      last: '2025-06',
    });
    assert.equal(figure.status, 'ok');
    if (figure.status !== 'ok') return;
    const expected = expectedRank(counts, [MISSING]);
    assert.equal(expected.of, 42);
    assert.equal(figure.of, 42);
    assert.equal(figure.rank, expected.rank);
    assert.match(figure.rankText, / of 42$/);
    assert.deepEqual(figure.missing, [{ slug: MISSING, name: 'Greater Manchester', marker }]);
    const sentence = nationalSentence(
      { unit: 'burglaries', yardsticks: { national: figure } } as unknown as MeasureJson,
      'Warwickshire',
    );
    assert.ok(sentence?.includes(`${figure.rankText} forces`), sentence);
    assert.ok(sentence?.includes('Greater Manchester is left out of the ranking'), sentence);

    // The same table with Greater Manchester's figure: 43 ranked, and its higher rate is one place above.
    const whole = groupPublishedTables(rows('2024-07', '2025-06', counts, 90_000, null));
    const all = nationalFigure({
      heading: HEADING,
      forceSlug: OWN,
      peerSlugs: [],
      tables: whole,
      last: '2025-06',
    });
    assert.equal(all.status === 'ok' && all.of, 43);
    assert.equal(all.status === 'ok' && all.rank, expectedRank(counts, []).rank);
    assert.equal(expectedRank(counts, []).rank, expected.rank + 1);
    assert.deepEqual(all.status === 'ok' && all.missing, []);
  });
}

test("the force's change on the year earlier is given beside England and Wales's when that table is loaded", () => {
  const now = countsFor(1_232);
  const before = countsFor(1_100);
  const latest = rows('2024-07', '2025-06', now, 93_000, '[x]');
  const earlier = rows('2023-07', '2024-06', before, 100_000, null);
  const alone = nationalFigure({
    heading: HEADING,
    forceSlug: OWN,
    peerSlugs: [],
    tables: groupPublishedTables(latest),
    last: '2025-06',
  });
  assert.equal(alone.status === 'ok' && alone.change, null, 'no year-earlier table, no change');

  const tables = groupPublishedTables([...earlier, ...latest]);
  const figure = nationalFigure({ heading: HEADING, forceSlug: OWN, peerSlugs: [], tables, last: '2025-06' });
  assert.equal(figure.status, 'ok');
  if (figure.status !== 'ok') return;
  const forcePercent = ((1_232 - 1_100) / 1_100) * 100; // +12%
  const nationalPercent = ((93_000 - 100_000) / 100_000) * 100; // -7%
  assert.equal(figure.change?.comparedWith, '12 months to June 2024');
  assert.ok(Math.abs((figure.change?.forcePercent ?? Number.NaN) - forcePercent) < 1e-9);
  assert.ok(Math.abs((figure.change?.englandAndWalesPercent ?? Number.NaN) - nationalPercent) < 1e-9);
  const sentence = nationalSentence(
    { unit: 'burglaries', yardsticks: { national: figure } } as unknown as MeasureJson,
    'Warwickshire',
  );
  assert.ok(
    sentence?.includes('Against the 12 months to June 2024 that is +12%, beside -7% for England and Wales.'),
    sentence,
  );
});

test("the City of London's single CSP row is its force row; a force with its own row keeps it", () => {
  const sheet = readSheetTable([
    { line: 1, fields: ['Table C2: Number of police recorded crimes by Community Safety Partnership'] },
    {
      line: 2,
      fields: [
        'Police force area code',
        'Police force area name',
        'CSP code',
        'CSP name',
        'Total recorded crime',
      ],
    },
    { line: 3, fields: ['E23000034', 'City of London', 'E22000180', 'City of London', '8,801 '] },
    { line: 4, fields: ['E23000017', 'Warwickshire', '', '', '39,348 '] },
    { line: 5, fields: ['E23000017', 'Warwickshire', 'E22000321', 'Rugby', '6,723 '] },
  ]);
  assert.ok(sheet);
  const forceCells = (slug: string) =>
    sheet.cells.filter((c) => c.area.kind === 'force' && c.area.forceSlug === slug).map((c) => c.value);
  assert.deepEqual(forceCells('city-of-london'), [8_801]);
  assert.deepEqual(forceCells('warwickshire'), [39_348]);
});
