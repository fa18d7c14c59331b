/**
 * What `scrutiny init --force-slug X [--peers a,b,c]` can fill in from the reference tables, so a
 * new workspace is right without hand-editing: the force's name and area (forces table) and its
 * population (ONS mid-2023 estimate, or the 2011 Census where the mid-year table lacks the force:
 * catalogue/reference/populationFor.ts), and each peer's population.
 */
import { forceBySlug } from '../catalogue/reference/index.js';
import { latestPopulation } from '../catalogue/reference/populationFor.js';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';

export interface ForceDefaults {
  readonly forceName: string;
  readonly area: string;
  readonly population: number;
  /** 'ONS mid-year population estimate, mid-2023', or '2011 Census' where the mid-year table lacks the force. */
  readonly populationSource: string;
}

export interface PeerDefaults {
  readonly slug: string;
  readonly population: number;
  /** Set only when the 2011 Census stands in: written beside the population. */
  readonly populationSource?: string;
}

/** The force's name, area and population, or undefined for a force the tables do not hold. */
export function forceDefaults(slug: string): ForceDefaults | undefined {
  const force = forceBySlug(slug);
  const population = latestPopulation(slug);
  if (!force || population === undefined) return undefined;
  return {
    forceName: force.policeUkName,
    area: force.homeOfficeName,
    population: population.value,
    populationSource: population.source,
  };
}

/** Each peer with its population; a slug the tables do not hold is a usage error naming it. */
export function peerDefaults(slugs: readonly string[], forceSlug: string): PeerDefaults[] {
  return slugs.map((slug) => {
    const found = forceDefaults(slug);
    if (!found || slug === forceSlug)
      throw new ScrutinyError(messages.workspace.unknownPeer(slug, forceSlug), ExitCode.usageError);
    return {
      slug,
      population: found.population,
      ...(latestPopulation(slug)?.censusFallback ? { populationSource: found.populationSource } : {}),
    };
  });
}
