/**
 * The gate in front of every page but /health and /login: a valid session, and on every POST the
 * session's CSRF token in the form. Also `allowed`, the role check a handler makes before it acts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { messages } from '../../errors/messages.js';
import type { AppContext, AppEnv } from '../context.js';
import { page } from '../html/layout.js';
import { may, type Permission, ROLE_NAMES } from './roles.js';
import { findSession, sameToken } from './sessions.js';

export const SESSION_COOKIE = 'scrutiny_session';

export function requireSession(app: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await findSession(app.db, getCookie(c, SESSION_COOKIE), app.clock());
    if (!session) {
      const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(c.req.path)}` : '';
      return c.redirect(`/login${back}`, 303);
    }
    c.set('session', session);
    if (c.req.method === 'POST') {
      const form = await c.req.parseBody();
      if (!sameToken(form.csrf, session.csrfToken)) return formExpired(c);
    }
    await next();
  };
}

export function formExpired(c: Context): Response | Promise<Response> {
  return c.html(page({ title: 'Form expired', errors: [messages.app.formExpired()], body: '' }), 403);
}

const DOING: Readonly<Record<Permission, string>> = {
  read: 'read this',
  edit: 'change commentary or governance records',
  approve: 'approve or return a statement',
  'exchange-files': 'import or export the workspace files',
};

/** A 403 page when the session's role lacks `permission`; undefined when it may go on. */
export function refused(
  c: Context<AppEnv>,
  permission: Permission,
): Response | Promise<Response> | undefined {
  const session = c.get('session');
  if (may(session.user.role, permission)) return undefined;
  return c.html(
    page({
      title: 'Not allowed',
      session,
      errors: [messages.app.notAllowed(ROLE_NAMES[session.user.role].toLowerCase(), DOING[permission])],
      body: '',
    }),
    403,
  );
}
