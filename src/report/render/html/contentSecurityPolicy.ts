/**
 * The Content-Security-Policy every HTML page the project writes carries, as a <meta> tag (the
 * pages are files, opened from disk, a share or any web server, so a response header cannot be
 * relied on). Nothing may run: no script at all, so a javascript: link that got past the link
 * policy (document/links.ts) still does nothing when clicked. Styles come from the page's own
 * stylesheet file or from an inline <style> whose SHA-256 hash the policy names; images from the
 * page's own origin or data: URLs (the site's empty favicon). docs/security.md explains it.
 */
import { createHash } from 'node:crypto';
import { escapeAttribute } from './escape.js';

/** The policy for a page with these inline <style> contents (exactly as between the tags). */
export function contentSecurityPolicy(inlineStyles: readonly string[] = []): string {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${["'self'", ...hashes].join(' ')}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function cspMetaTag(inlineStyles: readonly string[] = []): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(inlineStyles))}">`;
}

/** A <meta> policy and the <style> element it allows, for a self-contained page's <head>. */
export function styledHead(css: string): { readonly meta: string; readonly style: string } {
  const body = `\n${css}\n`;
  return { meta: cspMetaTag([body]), style: `<style>${body}</style>` };
}
