/**
 * Sessions: a random token in an HTTP-only, Secure, SameSite=Strict cookie; the database keeps only
 * its SHA-256 (a stolen backup opens no session), the user, an expiry and the session's CSRF token,
 * which every form carries back in a hidden field.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../storage/database.js';
import type { Role } from './roles.js';
import type { User } from './users.js';

/** Eight working hours; a new login starts a new session. */
export const SESSION_HOURS = 8;

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export async function startSession(sql: Sql, user: User, now: Date): Promise<string> {
  const token = newToken();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await sql.query(
    'INSERT INTO app_session (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
    [digest(token), user.id, newToken(), expires],
  );
  return token;
}

export async function findSession(
  sql: Sql,
  token: string | undefined,
  now: Date,
): Promise<Session | undefined> {
  if (!token) return undefined;
  const [row] = await sql.query<{
    id: number;
    username: string;
    display_name: string;
    role: Role;
    csrf_token: string;
  }>(
    `SELECT u.id, u.username, u.display_name, u.role, s.csrf_token
       FROM app_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [digest(token), now],
  );
  if (!row) return undefined;
  return {
    user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
    csrfToken: row.csrf_token,
  };
}

export async function endSession(sql: Sql, token: string | undefined): Promise<void> {
  if (token) await sql.query('DELETE FROM app_session WHERE token_hash = $1', [digest(token)]);
}

/** Constant-time comparison of a submitted CSRF token with the expected one. */
export function sameToken(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
