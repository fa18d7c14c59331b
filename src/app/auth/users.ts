/** The office's user accounts: added by an administrator from the command line, never by the web. */
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import { audit } from '../audit.js';
import type { Database, Sql } from '../storage/database.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { isRole, type Role } from './roles.js';

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly password: string;
}

const USERNAME = /^[a-z][a-z0-9._-]{1,39}$/;

export async function addUser(db: Database, user: NewUser, by: string): Promise<User> {
  if (!USERNAME.test(user.username))
    throw new ScrutinyError(messages.app.badUsername(user.username), ExitCode.usageError);
  if (!isRole(user.role)) throw new ScrutinyError(messages.app.badRole(user.role), ExitCode.usageError);
  if (user.password.length < MIN_PASSWORD_LENGTH)
    throw new ScrutinyError(messages.app.shortPassword(user.password.length), ExitCode.usageError);
  const role = user.role;
  const hash = await hashPassword(user.password);
  return db.transaction(async (tx) => {
    const taken = await tx.query('SELECT 1 FROM app_user WHERE username = $1', [user.username]);
    if (taken.length > 0)
      throw new ScrutinyError(messages.app.userExists(user.username), ExitCode.usageError);
    const [row] = await tx.query<{ id: number }>(
      'INSERT INTO app_user (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [user.username, user.displayName, role, hash],
    );
    await audit(tx, by, 'user added', user.username, `role ${role}`);
    return { id: row!.id, username: user.username, displayName: user.displayName, role };
  });
}

/** The user when the password is theirs; undefined otherwise (unknown name or wrong password alike). */
export async function authenticate(sql: Sql, username: string, password: string): Promise<User | undefined> {
  const [row] = await sql.query<{
    id: number;
    username: string;
    display_name: string;
    role: Role;
    password_hash: string;
  }>('SELECT id, username, display_name, role, password_hash FROM app_user WHERE username = $1', [username]);
  // Hash even for an unknown name, so the time taken does not tell which names exist.
  const ok = await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH);
  return row && ok
    ? { id: row.id, username: row.username, displayName: row.display_name, role: row.role }
    : undefined;
}

const UNKNOWN_USER_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function userCount(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('SELECT count(*)::integer AS n FROM app_user');
  return row?.n ?? 0;
}
