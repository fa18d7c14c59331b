/**
 * Headers on every response: a Content-Security-Policy that allows no script at all and only the
 * app's own inline stylesheet (by hash), no framing, no sniffing, no caching of pages that may hold
 * OFFICIAL-SENSITIVE figures.
 */
import type { MiddlewareHandler } from 'hono';
import { APP_CSS_HASH } from './html/styles.js';

export const APP_CSP = [
  "default-src 'none'",
  `style-src '${APP_CSS_HASH}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', APP_CSP);
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('X-Frame-Options', 'DENY');
  c.res.headers.set('Referrer-Policy', 'same-origin');
  c.res.headers.set('Cache-Control', 'no-store');
};
