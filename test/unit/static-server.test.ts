/**
 * The local static server (`scripts/static-server.mjs`, on sirv): never serves a file outside its
 * folder, whatever the encoding of `..` and of the separators; serves the precompressed twins
 * the build writes; folders, 404 page and cache headers as a static host does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { startStaticServer } from '../../scripts/static-server.mjs';

const SECRET = 'SECRET-HORS-DU-SITE';
let dir: string;
let server: Server;
let port: number;

/** A raw GET (the path is sent byte for byte, never normalised by a URL parser). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'guide-siseri-server-'));
  // the site, a sibling folder whose name extends the site's, and a file in the parent
  mkdirSync(join(dir, 'site', 'faq'), { recursive: true });
  mkdirSync(join(dir, 'site-secret'));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'site-secret', 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'site', 'index.html'), '<h1>Accueil</h1>');
  writeFileSync(join(dir, 'site', '404.html'), '<h1>Page introuvable</h1>');
  const faq = '<h1>FAQ</h1>'.repeat(50);
  writeFileSync(join(dir, 'site', 'faq', 'index.html'), faq);
  writeFileSync(join(dir, 'site', 'faq', 'index.html.gz'), gzipSync(faq));
  writeFileSync(join(dir, 'site', 'faq', 'index.html.br'), brotliCompressSync(faq));
  ({ server, port } = await startStaticServer({ root: join(dir, 'site'), base: '/guide/' }).then(({ server: s, url }) => ({ server: s, port: Number(new URL(url).port) })));
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe('static server: path traversal', () => {
  const attempts = [
    '/guide/../secret.txt',
    '/guide/../site-secret/secret.txt',
    '/guide/%2e%2e/secret.txt',
    '/guide/%2E%2E/site-secret/secret.txt',
    '/guide/..%2fsecret.txt',
    '/guide/..%2Fsite-secret%2Fsecret.txt',
    '/guide/%2e%2e%2fsecret.txt',
    '/guide/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/guide/..%5csecret.txt',
    '/guide/%2e%2e%5csite-secret%5csecret.txt',
    '/guide/..\\secret.txt',
    '/guide/faq/../../secret.txt',
    '/guide/faq/%2e%2e/%2e%2e/site-secret/secret.txt',
    '/guide/%252e%252e/secret.txt',
    '/guide/..%00/secret.txt',
    '/guide/%c0%ae%c0%ae/secret.txt',
  ];
  for (const path of attempts) {
    it(`never serves a file outside the folder: ${path}`, async () => {
      for (const enc of [{}, { 'Accept-Encoding': 'gzip, br' }] as Record<string, string>[]) {
        const res = await get(path, enc);
        expect(res.body.toString('latin1')).not.toContain(SECRET);
        expect(res.status).not.toBe(200);
      }
    });
  }
});

describe('static server: a static host', () => {
  it('serves a folder’s index.html, its brotli or gzip twin when accepted, with the cache headers', async () => {
    const plain = await get('/guide/faq/');
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toContain('<h1>FAQ</h1>');
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('no-cache');
    const br = await get('/guide/faq/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    const gz = await get('/guide/faq/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
  });

  it('redirects a folder without its final slash, and the base without it', async () => {
    const res = await get('/guide/faq?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/guide/faq/?x=1');
    expect((await get('/guide')).headers.location).toBe('/guide/');
  });

  it('answers the site’s 404 page for an unknown path, and refuses paths outside the base', async () => {
    const missing = await get('/guide/nulle-part/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Page introuvable');
    expect((await get('/ailleurs/index.html')).status).toBe(404);
  });

  it('keeps serving after paths a URL parser reads as a host or refuses (`//`, `//guide/`, `/\\\\x`)', async () => {
    for (const path of ['//', '//guide/', '//guide/faq/', '/\\\\x', '///']) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body.toString(), path).not.toContain(SECRET);
    }
    expect((await get('/guide/')).status).toBe(200);
  });

  it('marks hashed assets immutable', async () => {
    const { cacheControl } = await import('../../scripts/static-server.mjs');
    expect(cacheControl('/_astro/a.B1.js')).toContain('immutable');
    expect(cacheControl('/sw.js')).toBe('no-cache');
  });
});
