/**
 * The one HTML page shell every page the project writes sits in: the statement and Panel report
 * (renderHtml.ts), the board pack, the public site's pages and the office's web app. English
 * (en-GB), UTF-8, a viewport for phones, the title, and whatever the page adds to its head (its
 * Content-Security-Policy, stylesheet, description); the body is the caller's, already HTML.
 */
import { escapeHtml } from './escape.js';

export interface PageShell {
  /** The Content-Security-Policy <meta> line (contentSecurityPolicy.ts); the app sends it as a header instead. */
  readonly policy?: string;
  /** More <meta> lines (already HTML): description, generator. */
  readonly meta?: readonly string[];
  /** The page's title, as plain text (escaped here). */
  readonly title: string;
  /** <head> lines after the <title> (already HTML): styles, links. */
  readonly links?: readonly string[];
  /** Everything inside <body>, already HTML, ending in a newline. */
  readonly body: string;
}

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

export function pageShell(page: PageShell): string {
  const head = [
    '<meta charset="utf-8">',
    ...(page.policy === undefined ? [] : [page.policy]),
    VIEWPORT,
    ...(page.meta ?? []),
    `<title>${escapeHtml(page.title)}</title>`,
    ...(page.links ?? []),
  ];
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${page.body}</body>\n</html>\n`;
}
