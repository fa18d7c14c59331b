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
  unknownPeer: (slug: string, forceSlug: string): Problem => ({
    code: 'workspace.unknown-peer',
    severity: 'error',
    message:
      slug === forceSlug
        ? `the force itself (${slug}) cannot be its own peer`
        : `no police force area has the slug '${slug}'`,
    field: '--peers',
    expected: "police.uk slugs of other forces, separated by commas, such as 'west-mercia,staffordshire'",
    found: `'${slug}'`,
  }),
};
