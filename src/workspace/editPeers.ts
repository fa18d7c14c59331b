/**
 * `scrutiny peers add|remove|list`: the Most Similar Group kept in scrutiny.config.yaml without
 * the analyst editing YAML. A peer added gets its population from the built-in ONS mid-2023 table
 * (catalogue/reference/populations.ts) unless one is given; the new file is checked against the
 * configuration schema before it replaces the old one (atomically), so a failed edit changes nothing.
 */
import { readFileSync } from 'node:fs';
import { FORCES, forceBySlug, MID_2023_POPULATION, POPULATION_SOURCE } from '../catalogue/reference/index.js';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';
import { closestNames } from '../errors/suggest.js';
import type { WorkspaceConfig } from './config.js';
import { parseConfigText } from './loadConfig.js';
import type { WorkspacePaths } from './paths.js';
import { addPeerText, listedPeerSlugs, removePeerText } from './peersDocument.js';
import { writeFileAtomic } from './writeAtomic.js';

export interface PeerListing {
  readonly slug: string;
  readonly name: string;
  readonly population: number;
  /** True when the configuration's population equals the built-in ONS figure. */
  readonly populationFromOns: boolean;
}

function builtInPopulation(slug: string): number | undefined {
  const code = forceBySlug(slug)?.onsCode;
  return code === undefined ? undefined : MID_2023_POPULATION.get(code);
}

/** Add a peer; returns the entry written. */
export function addPeer(
  paths: WorkspacePaths,
  config: WorkspaceConfig,
  slug: string,
  population?: number,
): { slug: string; population: number; fromOns: boolean } {
  const text = readFileSync(paths.config, 'utf8');
  const force = forceBySlug(slug);
  if (!force || slug === config.force.slug) {
    const near = closestNames(
      slug,
      FORCES.map((f) => f.slug).filter((s) => s !== config.force.slug),
    );
    throw new ScrutinyError(
      messages.workspace.unknownPeer(slug, config.force.slug, near, 'slug'),
      ExitCode.usageError,
    );
  }
  if (listedPeerSlugs(text).includes(slug))
    throw new ScrutinyError(messages.workspace.peerAlreadyListed(paths.config, slug), ExitCode.usageError);
  const builtIn = builtInPopulation(slug);
  const chosen = population ?? builtIn;
  if (chosen === undefined)
    throw new ScrutinyError(messages.workspace.peerNeedsPopulation(slug), ExitCode.usageError);
  const fromOns = population === undefined;
  const next = addPeerText(text, {
    slug,
    population: chosen,
    ...(fromOns ? { populationSource: POPULATION_SOURCE } : {}),
  });
  parseConfigText(next, paths.config);
  writeFileAtomic(paths.config, next);
  return { slug, population: chosen, fromOns };
}

export function removePeer(paths: WorkspacePaths, slug: string): void {
  const text = readFileSync(paths.config, 'utf8');
  const listed = listedPeerSlugs(text);
  if (!listed.includes(slug))
    throw new ScrutinyError(
      messages.workspace.peerNotListed(paths.config, slug, listed, closestNames(slug, listed)),
      ExitCode.usageError,
    );
  const next = removePeerText(text, slug);
  parseConfigText(next, paths.config);
  writeFileAtomic(paths.config, next);
}

export function listPeers(config: WorkspaceConfig): PeerListing[] {
  return config.peers.map((p) => ({
    slug: p.slug,
    name: p.name ?? forceBySlug(p.slug)?.policeUkName ?? p.slug,
    population: p.population,
    populationFromOns: builtInPopulation(p.slug) === p.population,
  }));
}
