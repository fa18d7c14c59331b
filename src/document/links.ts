/**
 * The link policy of every output (statement, Panel report, board pack, site, the app): a link
 * written in commentary, configuration or governance Markdown survives only when it goes to a web
 * page (http, https), an e-mail address (mailto) or somewhere relative to the page ('#item-6',
 * 'data/index.html', '../methods.html'). Any other scheme (javascript:, data:, vbscript:, file:,
 * ...) could run script or open a local file when a reader clicks it, so it is dropped and only
 * the link's words are kept. docs/security.md explains the policy.
 */

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * Browsers ignore ASCII control characters and whitespace inside a URL's scheme ('java\tscript:'
 * still runs), so the scheme is read with them removed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The href when the policy allows it, undefined when it must not become a link. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  const compact = trimmed.replace(IGNORED_IN_SCHEME, '');
  const scheme = SCHEME.exec(compact);
  if (scheme === null) return trimmed;
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase()) ? trimmed : undefined;
}
