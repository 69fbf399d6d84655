/**
 * A tiny static file server for the built site (used by `npm start` and the browser tests).
 * Serves `root` under `base` (e.g. `/guide-siseri/`), `index.html` for folders, the site's
 * 404 page otherwise; sends the cache headers a real static host should use.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Cache-Control for a path: hashed assets are immutable, everything else revalidates. */
export function cacheControl(path) {
  if (/\/_astro\//.test(path) || /\/pagefind\/.*\.(pf_\w+|wasm)/.test(path)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * Starts the server; resolves to `{ server, url }`.
 * @param {{ root: string, base?: string, port?: number, host?: string }} o
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const absRoot = resolve(root);
  const b = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(b)) {
        if (`${path}/` === b) return void res.writeHead(301, { Location: b }).end();
        res.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('Hors du site');
        return;
      }
      path = '/' + path.slice(b.length);
      let file = normalize(join(absRoot, path));
      if (!file.startsWith(absRoot)) return void res.writeHead(403).end();
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) return void res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        const body = await readFile(join(absRoot, '404.html')).catch(() => Buffer.from('Introuvable'));
        res.writeHead(404, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' }).end(body);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(path),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const addr = server.address();
  const realPort = typeof addr === 'object' && addr ? addr.port : port;
  return { server, url: `http://${host}:${realPort}${b}` };
}
