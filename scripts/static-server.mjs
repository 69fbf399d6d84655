/**
 * The static file server of the built site (used by `npm start` and the browser tests), on the
 * maintained `sirv` library: serves `root` under `base` (e.g. `/guide-siseri/`), `index.html` for
 * folders, the precompressed `.br` / `.gz` twins written by the build when the browser accepts
 * them (as a real static host does), the site's 404 page otherwise, and the cache headers a real
 * static host should use. Nothing outside `root` is ever served: sirv resolves each path and
 * refuses anything that does not stay inside the folder (see test/unit/static-server.test.ts).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** Text types sent with their charset (sirv's own table has none). */
const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
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
  const notFound = async (res) => {
    const body = await readFile(join(absRoot, '404.html')).catch(() => Buffer.from('Introuvable'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(body);
  };
  // `dev: true`: files are looked up on each request (a test may redeploy into `root`).
  const files = sirv(absRoot, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControl(pathname));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      const type = TEXT_TYPES[extname(pathname.endsWith('/') ? 'index.html' : pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const server = createServer((req, res) => {
    // The request line's path, as sent: `//x` is a path here, not a host (a plain `new URL(path,
    // base)` reads it as one, and throws on `//`, which stopped the server).
    let url;
    try {
      const raw = req.url ?? '/';
      url = new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw);
    } catch {
      return void res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Requête invalide');
    }
    const path = url.pathname;
    if (!path.startsWith(b)) {
      if (`${path}/` === b) return void res.writeHead(301, { Location: b }).end();
      return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Hors du site');
    }
    const inside = `/${path.slice(b.length)}`;
    void (async () => {
      // A folder asked without its final slash: redirect, as static hosts do.
      if (!inside.endsWith('/') && !/\.[^/]*$/.test(inside)) {
        let decoded = inside;
        try {
          decoded = decodeURIComponent(inside);
        } catch {
          /* not a folder then */
        }
        const full = resolve(absRoot, `.${decoded}`);
        if (full.startsWith(absRoot + sep) && (await stat(full).catch(() => null))?.isDirectory()) {
          return void res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        }
      }
      req.url = inside + url.search;
      files(req, res, () => void notFound(res));
    })().catch((e) => res.writeHead(500).end(String(e)));
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const addr = server.address();
  const realPort = typeof addr === 'object' && addr ? addr.port : port;
  return { server, url: `http://${host}:${realPort}${b}` };
}
