/**
 * Serves a built site folder on 127.0.0.1, as a static host would: under a base path
 * (`/npo-aanbod/`), `dir/` answered with `dir/index.html`, the site's 404.html for misses.
 * Small on purpose: node:http and the file system, no dependency.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  /** The site's address including the base path, ending in `/`: `http://127.0.0.1:4321/npo-aanbod/`. */
  url: string;
  /** Every path requested, in order (for checks such as "the search loaded only what it needs"). */
  requests: string[];
  close(): Promise<void>;
}

/** Maps a request path to a file in `root`, or undefined when it is outside the base path or missing. */
export function fileFor(root: string, basePath: string, requestPath: string): string | undefined {
  const base = basePath.replace(/\/?$/, '/');
  const pathname = decodeURIComponent(requestPath.split(/[?#]/)[0] ?? '/');
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  const candidate = path.resolve(root, relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const stats = statSync(candidate, { throwIfNoEntry: false });
  if (stats?.isFile()) return candidate;
  if (stats?.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    if (statSync(index, { throwIfNoEntry: false })?.isFile()) return index;
  }
  return undefined;
}

export async function serveStatic(dir: string, basePath = '/'): Promise<StaticSite> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const file = fileFor(root, basePath, url);
    // Directory URLs without a slash are redirected, as static hosts do for trailingSlash sites.
    if (!file && !url.endsWith('/') && fileFor(root, basePath, `${url}/`)) {
      response.writeHead(301, { location: `${url}/` }).end();
      return;
    }
    const target = file ?? path.join(root, '404.html');
    const status = file ? 200 : 404;
    if (!statSync(target, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(status, { 'content-type': CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath.replace(/\/?$/, '/')}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
