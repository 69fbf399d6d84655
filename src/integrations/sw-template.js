/* The site's service worker. Generated at build time by src/integrations/service-worker.mjs, which
 * replaces MANIFEST below with the list of files and their content hashes. No library, no eval.
 *
 * - Precache (at install): every page, the CSS, the pages' JS — what a reader needs offline (src/integrations/service-worker.mjs says what goes where). Stored under `url?__rev=<hash>`, so an unchanged file is never
 *   downloaded again by the next version.
 * - On demand (groups): the dossier store and checks, the PDF code and fallback font, the search
 *   index. Cached on first use, and fetched in the background when a page asks
 *   (`{ type: 'WARM', group }`): the pages do so once a dossier has been started, or the search
 *   used, while online.
 * - Navigations ignore the query (`/recherche/?q=…`) and fall back to the cached 404 page.
 * - A new version waits until a page asks for it (`{ type: 'SKIP_WAITING' }`).
 */
const MANIFEST = self.__GUIDE_SISERI_MANIFEST__;
const PRECACHE = 'guide-siseri-precache';
const RUNTIME = 'guide-siseri-runtime';

const abs = (url) => new URL(url, self.location.href).href;
/** Absolute URL (no query) → cache key of the precached copy. */
const KEYS = new Map(MANIFEST.precache.map(([url, rev]) => [abs(url), `${abs(url)}?__rev=${rev}`]));
/** Absolute URL → the on-demand group it belongs to. */
const GROUP_OF = new Map();
for (const [group, urls] of Object.entries(MANIFEST.groups)) for (const url of urls) GROUP_OF.set(abs(url), group);

/** The precache key of a request URL: query ignored, `…/index.html` answered by `…/`. */
function precacheKey(url) {
  const bare = url.origin + url.pathname;
  return KEYS.get(bare) ?? (bare.endsWith('/index.html') ? KEYS.get(bare.slice(0, -'index.html'.length)) : undefined);
}

async function fetchOk(url) {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      const missing = [];
      for (const [url, key] of KEYS) if (!(await cache.match(key))) missing.push([url, key]);
      // A few at a time: fast on a good line, gentle on a poor one.
      for (let i = 0; i < missing.length; i += 6) {
        await Promise.all(missing.slice(i, i + 6).map(async ([url, key]) => cache.put(key, await fetchOk(url))));
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== PRECACHE && name !== RUNTIME) await caches.delete(name);
      }
      const keep = new Set(KEYS.values());
      const precache = await caches.open(PRECACHE);
      for (const request of await precache.keys()) if (!keep.has(request.url)) await precache.delete(request);
      const runtime = await caches.open(RUNTIME);
      for (const request of await runtime.keys()) if (!GROUP_OF.has(request.url)) await runtime.delete(request);
      await self.clients.claim();
    })(),
  );
});

/** Fetches every file of an on-demand group not cached yet (ignores failures: tried again later). */
async function warm(group) {
  const urls = MANIFEST.groups[group];
  if (!urls) return;
  const runtime = await caches.open(RUNTIME);
  for (const url of urls) {
    if (await runtime.match(abs(url))) continue;
    try {
      await runtime.put(abs(url), await fetchOk(abs(url)));
    } catch {
      return;
    }
  }
}

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') self.skipWaiting();
  else if (type === 'WARM') event.waitUntil(warm(String(event.data.group)));
});

async function fromPrecache(request, key) {
  const cached = await caches.match(key, { cacheName: PRECACHE });
  return cached ?? fetch(request);
}

async function fromRuntime(request, url) {
  const runtime = await caches.open(RUNTIME);
  const cached = await runtime.match(url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await runtime.put(url, response.clone());
  return response;
}

async function navigate(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = KEYS.get(abs(MANIFEST.notFound));
    const cached = notFound && (await caches.match(notFound, { cacheName: PRECACHE }));
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = precacheKey(url);
  if (key) return event.respondWith(fromPrecache(request, key));
  const bare = url.origin + url.pathname;
  if (GROUP_OF.has(bare)) return event.respondWith(fromRuntime(request, bare));
  if (request.mode === 'navigate') return event.respondWith(navigate(request));
});
