/**
 * The preview server of `scrutiny site serve`: out/site/ as a web server would publish it, on
 * 127.0.0.1 only (a preview is not a publication: it must not be reachable from the network).
 * GET and HEAD only; a folder serves its index.html; anything outside the site folder, or missing,
 * is a 404 (the path is resolved and checked, so '..' cannot escape). Nothing is cached, so a
 * reload after a rebuild shows the rebuilt page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.md': 'text/markdown; charset=utf-8',
};

/** The file a request path names inside `root`, or undefined (outside it, or absent). */
export function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return undefined;
  }
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (target !== base && !target.startsWith(`${base}${sep}`)) return undefined;
  if (!existsSync(target)) return undefined;
  const file = statSync(target).isDirectory() ? join(target, 'index.html') : target;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export const PREVIEW_HOST = '127.0.0.1';

/** Starts serving `root`; resolves once listening (rejects with the error, e.g. EADDRINUSE). */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, request.url ?? '/');
    if (!file) {
      response
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
        .end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, PREVIEW_HOST, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}
