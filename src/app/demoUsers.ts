/**
 * The demo workspace's colleagues, one per role, created the first time the app opens the demo
 * (and never for any other workspace): user name = role, password = 'midshire-' + role.
 * docs/app.md lists them. A real office adds its users with `scrutiny app user add`.
 */
import { MIDSHIRE } from '../demo/world.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { ROLES } from './auth/roles.js';
import { addUser, userCount } from './auth/users.js';
import type { Database } from './storage/database.js';

export const DEMO_PASSWORD_PREFIX = 'midshire-';

/** The names created (empty when the workspace is not the demo or already has users). */
export async function addDemoUsers(db: Database, config: WorkspaceConfig): Promise<string[]> {
  if (config.force.slug !== MIDSHIRE.slug || (await userCount(db)) > 0) return [];
  for (const role of ROLES)
    await addUser(
      db,
      { username: role, displayName: `Demo ${role}`, role, password: `${DEMO_PASSWORD_PREFIX}${role}` },
      'scrutiny app (demo)',
    );
  return [...ROLES];
}
