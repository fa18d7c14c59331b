/**
 * The pipeline's options for a workspace: its force, peers and cohorts from the config, its tmp and
 * rejects folders. Shared by `scrutiny ingest` and `scrutiny demo` so both ingest the same way.
 */
import type { ExtraForce } from '../catalogue/reference/index.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import type { WorkspacePaths } from '../workspace/paths.js';
import type { IngestOptions } from './ingestTypes.js';

export function workspaceIngestOptions(
  config: WorkspaceConfig,
  paths: WorkspacePaths,
  skipBadRows: boolean,
): IngestOptions {
  return {
    skipBadRows,
    workspaceForceSlug: config.force.slug,
    peerSlugs: config.peers.map((p) => p.slug),
    knownForces: knownForces(config),
    satisfactionCohorts: config.satisfaction.cohorts,
    tmpDir: paths.tmp,
    rejectsDir: paths.rejects,
  };
}

/**
 * The force and peers of the config with every name the Home Office tables might use for them: the
 * force's name and area ('Midshire Police', 'Midshire'), a peer's display name. The slug itself is
 * always matched too ('west-mercia' for 'West Mercia').
 */
export function knownForces(config: WorkspaceConfig): ExtraForce[] {
  return [
    { slug: config.force.slug, names: [config.force.name, config.force.area] },
    ...config.peers.map((peer) => ({ slug: peer.slug, names: peer.name ? [peer.name] : [] })),
  ];
}
