/**
 * Logging in and out. The login form has no session yet, so its CSRF token is a double-submit
 * cookie (SameSite=Strict) matched by a hidden field; failures are throttled per name and address.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { audit } from '../audit.js';
import { formExpired, SESSION_COOKIE } from '../auth/middleware.js';
import { endSession, newToken, SESSION_HOURS, sameToken, startSession } from '../auth/sessions.js';
import { authenticate } from '../auth/users.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { csrfField, textInput } from '../html/forms.js';
import { page } from '../html/layout.js';

const LOGIN_CSRF_COOKIE = 'scrutiny_login';

/** Only a path of this app: never an absolute or protocol-relative address (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[A-Za-z0-9/_%.?=&-]*$/.test(next) ? next : '/';
}

export function loginRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const cookieOptions = { httpOnly: true, secure: app.secureCookies, sameSite: 'Strict', path: '/' } as const;

  const form = (c: Ctx, errors: Problem[], username = '', status: 200 | 401 | 429 = 200) => {
    // Kept while it lasts: a second login page (another tab, the browser's icon request redirected
    // here) must not invalidate the form already shown.
    const existing = getCookie(c, LOGIN_CSRF_COOKIE);
    const token = existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : newToken();
    setCookie(c, LOGIN_CSRF_COOKIE, token, { ...cookieOptions, maxAge: 3600 });
    return c.html(
      page({
        title: 'Log in',
        errors,
        body: html`<h1>Log in</h1>
<p>Scrutiny for the office of the Police and Crime Commissioner: commentary, scrutiny questions, meetings and sign-off of the quarterly statement.</p>
<form method="post" action="/login?next=${encodeURIComponent(safeNext(c.req.query('next')))}" novalidate>
${csrfField(token)}
${textInput({ name: 'username', label: 'User name', value: username, autocomplete: 'username', errors })}
${textInput({ name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', errors })}
<button type="submit">Log in</button>
</form>
<p class="hint">No account? Ask the office's administrator (docs/app.md says how accounts are added).</p>`,
      }),
      status,
    );
  };

  routes.get('/login', (c) => form(c, []));

  routes.post('/login', async (c) => {
    const body = await c.req.parseBody();
    if (!sameToken(body.csrf, getCookie(c, LOGIN_CSRF_COOKIE) ?? '')) return formExpired(c);
    const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const address = getConnInfo(c).remote.address ?? 'unknown';
    const wait = app.throttle.waitMinutes(username, address);
    if (wait > 0) return form(c, [messages.app.loginThrottled(wait)], username, 429);
    const user = await authenticate(app.db, username, password);
    if (!user) {
      app.throttle.failed(username, address);
      return form(c, [messages.app.loginFailed()], username, 401);
    }
    app.throttle.succeeded(username);
    const token = await startSession(app.db, user, app.clock());
    await audit(app.db, user.username, 'logged in', user.username);
    deleteCookie(c, LOGIN_CSRF_COOKIE, cookieOptions);
    setCookie(c, SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_HOURS * 3600 });
    return c.redirect(safeNext(c.req.query('next')), 303);
  });

  return routes;
}

/** Log out (behind the session gate, so the CSRF token is checked). */
export function logoutRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/logout', async (c) => {
    await endSession(app.db, getCookie(c, SESSION_COOKIE));
    await audit(app.db, c.get('session').user.username, 'logged out', c.get('session').user.username);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: app.secureCookies });
    return c.redirect('/login', 303);
  });
  return routes;
}
