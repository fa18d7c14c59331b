import type { Problem } from '../problem.js';

export const workspaceMessages = {
  notAWorkspace: (dir: string): Problem => ({
    code: 'workspace.not-found',
    severity: 'error',
    message: `no scrutiny.config.yaml in ${dir} or any folder above it: run \`scrutiny init\` to make a workspace, or pass --workspace`,
  }),
  configInvalid: (file: string, path: string, expected: string, found: string, line?: number): Problem => ({
    code: 'workspace.config-invalid',
    severity: 'error',
    message: 'the workspace configuration is not valid',
    file,
    ...(line === undefined ? {} : { line }),
    field: path,
    expected,
    found,
  }),
  configUnparsable: (file: string, line: number | undefined, detail: string): Problem => ({
    code: 'workspace.config-unparsable',
    severity: 'error',
    message: `the file is not valid YAML (${detail})`,
    file,
    ...(line === undefined ? {} : { line }),
  }),
  directoryNotEmpty: (dir: string): Problem => ({
    code: 'workspace.not-empty',
    severity: 'error',
    message: `${dir} already holds a scrutiny.config.yaml; choose another folder or remove it first`,
  }),
  unknownPeer: (
    slug: string,
    forceSlug: string,
    near: readonly string[] = [],
    field = '--peers',
  ): Problem => ({
    code: 'workspace.unknown-peer',
    severity: 'error',
    message:
      slug === forceSlug
        ? `the force itself (${slug}) cannot be its own peer`
        : `no police force area has the slug '${slug}'${near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : ''}`,
    field,
    expected:
      field === '--peers'
        ? "police.uk slugs of other forces, separated by commas, such as 'west-mercia,staffordshire'"
        : "the police.uk slug of another force, such as 'west-mercia'",
    found: `'${slug}'`,
  }),
  peerAlreadyListed: (file: string, slug: string): Problem => ({
    code: 'workspace.peer-already-listed',
    severity: 'error',
    message: `${slug} is already a peer; nothing was changed`,
    file,
    field: 'peers',
  }),
  peerNotListed: (
    file: string,
    slug: string,
    listed: readonly string[],
    near: readonly string[],
  ): Problem => ({
    code: 'workspace.peer-not-listed',
    severity: 'error',
    message: `${slug} is not one of the peers${near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : ''}; nothing was changed`,
    file,
    field: 'peers',
    expected: listed.length > 0 ? `one of ${listed.join(', ')}` : 'a listed peer (there are none yet)',
    found: `'${slug}'`,
  }),
  peerNeedsPopulation: (slug: string): Problem => ({
    code: 'workspace.peer-needs-population',
    severity: 'error',
    message: `the built-in population table has no figure for ${slug} (it covers England and Wales); give one with --population`,
    field: '--population',
    expected: 'the usual resident population of the force area, a whole number',
    found: '(nothing)',
  }),
  badPopulation: (found: string): Problem => ({
    code: 'workspace.bad-population',
    severity: 'error',
    message: 'the population is not a whole number of people',
    field: '--population',
    expected: 'a positive whole number such as 1300000',
    found: JSON.stringify(found),
  }),
};
