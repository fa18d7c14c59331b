/**
 * The population of a force area for a year, and which table it came from: the ONS mid-year
 * estimate where the built-in mid-year table holds that force and year (populations.ts, mid-2023),
 * otherwise the 2011 Census (censusPopulations.ts), said as such. Every population a figure is
 * divided by is stated with its `source`, so a rate from the Census fallback is never taken for one
 * from a current estimate.
 */
import { CENSUS_2011_POPULATION, CENSUS_2011_SOURCE } from './censusPopulations.js';
import { forceBySlug } from './forces.js';
import { MID_2023_POPULATION, POPULATION_SOURCE } from './populations.js';

/** The year of the mid-year estimates built in. */
export const MID_YEAR_ESTIMATE_YEAR = 2023;

export interface PopulationFigure {
  readonly value: number;
  /** 'ONS mid-year population estimate, mid-2023' or '2011 Census'. */
  readonly source: string;
  /** True when the 2011 Census stands in because the mid-year table lacks the force or year. */
  readonly censusFallback: boolean;
}

/** The force area's population for `year`; undefined for a force with no area (BTP, PSNI). */
export function populationFor(slug: string, year: number): PopulationFigure | undefined {
  const code = forceBySlug(slug)?.onsCode;
  if (code === undefined) return undefined;
  const midYear = year === MID_YEAR_ESTIMATE_YEAR ? MID_2023_POPULATION.get(code) : undefined;
  if (midYear !== undefined) return { value: midYear, source: POPULATION_SOURCE, censusFallback: false };
  const census = CENSUS_2011_POPULATION.get(code);
  return census === undefined
    ? undefined
    : { value: census, source: CENSUS_2011_SOURCE, censusFallback: true };
}

/** The latest population built in for the force: the mid-year estimate, or the Census where it has none. */
export function latestPopulation(slug: string): PopulationFigure | undefined {
  return populationFor(slug, MID_YEAR_ESTIMATE_YEAR);
}
