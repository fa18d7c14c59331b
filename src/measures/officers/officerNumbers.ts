/**
 * Police officer numbers as context for the statement (not an NCPM measure): full-time equivalent
 * (FTE) and headcount at 31 March of each year from the Home Office police workforce open data
 * table, officers per 1,000 population, the change since 2010 (the year before the cuts the
 * national uplift reversed) and since the year before, and the force's place among its peers by
 * officers per 1,000. Pure: the rows come from officerRows.ts, each population with its source
 * (catalogue/reference/populationFor.ts: the 2011 Census where no mid-year estimate is built in).
 */
import type { PopulationFigure } from '../../catalogue/reference/populationFor.js';
import { MONTH_NAMES } from '../../stats/calendar.js';
import { rankText } from '../../stats/ordinal.js';
import {
  formatAverage,
  formatCount,
  formatPercentChange,
  roundHalfAwayFromZero,
} from '../../stats/rounding.js';
import type { OfficerChangeJson, OfficerCountJson, OfficerNumbersJson } from '../figureTypes.js';
import type { Subject } from '../subject.js';

/** Officers of one force at one 31 March, summed over ranks and sexes. */
export interface OfficerRow {
  readonly forceSlug: string;
  /** 'YYYY-MM-DD', 31 March. */
  readonly asAt: string;
  readonly fte: number;
  readonly headcount: number;
}

/** The year the changes are measured from: 31 March 2010. */
export const BASE_YEAR = 2010;

export type PopulationLookup = (slug: string, year: number) => PopulationFigure | undefined;

export function officerNumbers(
  rows: readonly OfficerRow[],
  subject: Subject,
  populationOf: PopulationLookup,
  source: OfficerNumbersJson['source'],
): OfficerNumbersJson | undefined {
  const years = rows
    .filter((r) => r.forceSlug === subject.slug)
    .sort((a, b) => a.asAt.localeCompare(b.asAt))
    .map((r) => officerCount(r, populationOf));
  const latest = years.at(-1);
  if (!latest) return undefined;
  const at = (year: number) => years.find((y) => Number(y.asAt.slice(0, 4)) === year);
  const base = at(BASE_YEAR);
  const previous = at(Number(latest.asAt.slice(0, 4)) - 1);
  return {
    source,
    years,
    latest,
    since2010: base && base !== latest ? officerChange(base, latest) : null,
    sinceLastYear: previous ? officerChange(previous, latest) : null,
    peers: peerPlace(rows, subject, latest.asAt, populationOf),
  };
}

function officerCount(row: OfficerRow, populationOf: PopulationLookup): OfficerCountJson {
  const population = populationOf(row.forceSlug, Number(row.asAt.slice(0, 4))) ?? null;
  const per1000 = population ? (row.fte / population.value) * 1000 : null;
  return {
    asAt: row.asAt,
    label: asAtLabel(row.asAt),
    fte: row.fte,
    headcount: row.headcount,
    fteText: formatAverage(row.fte),
    headcountText: formatCount(row.headcount),
    population,
    per1000,
    per1000Text: per1000 === null ? null : roundHalfAwayFromZero(per1000, 2).toFixed(2),
  };
}

function officerChange(from: OfficerCountJson, to: OfficerCountJson): OfficerChangeJson {
  const difference = to.fte - from.fte;
  const percent = from.fte === 0 ? null : (100 * difference) / from.fte;
  const signed = `${difference >= 0 ? '+' : '-'}${formatAverage(Math.abs(difference))}`;
  return {
    from: from.label,
    to: to.label,
    fromFte: from.fte,
    difference,
    percent,
    text: percent === null ? signed : `${formatPercentChange(percent)} (${signed})`,
  };
}

/** The force among its peers by FTE officers per 1,000 population at the same 31 March. */
function peerPlace(
  rows: readonly OfficerRow[],
  subject: Subject,
  asAt: string,
  populationOf: PopulationLookup,
): OfficerNumbersJson['peers'] {
  if (subject.peers.length === 0) return null;
  const forces = [subject, ...subject.peers];
  const held = forces.flatMap((force) => {
    const row = rows.find((r) => r.forceSlug === force.slug && r.asAt === asAt);
    const count = row ? officerCount(row, populationOf) : undefined;
    return count?.per1000 != null && count.population
      ? [{ slug: force.slug, name: force.name, count, per1000: count.per1000 }]
      : [];
  });
  const rates = held.map((f) => f.per1000);
  const rankOf = (rate: number) => 1 + rates.filter((r) => r > rate).length;
  const fromBottomOf = (rate: number) => 1 + rates.filter((r) => r < rate).length;
  const own = held.find((f) => f.slug === subject.slug);
  if (!own || held.length < 2) return null;
  const others = held.filter((f) => f !== own);
  return {
    asAt: asAtLabel(asAt),
    rank: rankOf(own.per1000),
    of: held.length,
    rankText: rankText(
      rankOf(own.per1000),
      fromBottomOf(own.per1000),
      held.length,
      rates.filter((r) => r === own.per1000).length > 1,
      {
        top: 'highest number of officers per 1,000 population',
        bottom: 'lowest number of officers per 1,000 population',
      },
    ),
    peerAverage: others.reduce((s, f) => s + f.per1000, 0) / others.length,
    forces: held
      .map((f) => ({
        slug: f.slug,
        name: f.name,
        fte: f.count.fte,
        population: f.count.population!.value,
        populationSource: f.count.population!.source,
        per1000: f.per1000,
        rank: rankOf(f.per1000),
      }))
      .sort((a, b) => a.rank - b.rank || a.slug.localeCompare(b.slug)),
    missing: forces.filter((f) => !held.some((h) => h.slug === f.slug)).map((f) => f.name),
  };
}

/** '31 March 2023' from '2023-03-31'. */
export function asAtLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
