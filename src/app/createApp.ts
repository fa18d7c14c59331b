/**
 * The office's web app as a Hono application: security headers on everything, /health open, the
 * login pages, then the session gate (and CSRF check on every POST) in front of every other page.
 */
import { Hono } from 'hono';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
import { requireSession } from './auth/middleware.js';
import type { AppContext, AppEnv } from './context.js';
import { page } from './html/layout.js';
import { activityRoutes } from './routes/activities.js';
import { auditRoutes } from './routes/audit.js';
import { commentaryRoutes } from './routes/commentary.js';
import { decisionRoutes } from './routes/decisions.js';
import { homeRoutes } from './routes/home.js';
import { loginRoutes, logoutRoutes } from './routes/login.js';
import { meetingRoutes } from './routes/meetings.js';
import { questionRoutes } from './routes/questions.js';
import { signoffRoutes } from './routes/signoff.js';
import { securityHeaders } from './security.js';

export function createApp(app: AppContext): Hono<AppEnv> {
  const web = new Hono<AppEnv>();
  web.use('*', securityHeaders);
  web.get('/health', async (c) => {
    await app.db.query('SELECT 1');
    return c.text('ok');
  });
  web.route('/', loginRoutes(app));
  web.use('*', requireSession(app));
  web.route('/', logoutRoutes(app));
  web.route('/', homeRoutes(app));
  web.route('/', commentaryRoutes(app));
  web.route('/', questionRoutes(app));
  web.route('/', meetingRoutes(app));
  web.route('/', decisionRoutes(app));
  web.route('/', activityRoutes(app));
  web.route('/', signoffRoutes(app));
  web.route('/', auditRoutes(app));
  web.onError((error, c) => {
    if (error instanceof ScrutinyError)
      return c.html(
        page({ title: 'There is a problem', session: c.get('session'), errors: error.problems, body: '' }),
        422,
      );
    app.reportError(error);
    return c.html(page({ title: 'Something went wrong', errors: [messages.app.internal()], body: '' }), 500);
  });
  web.notFound((c) =>
    c.html(page({ title: 'Page not found', errors: [messages.app.notFound()], body: '' }), 404),
  );
  return web;
}
