// The portal's service worker: the app shell is precached when it installs, service definitions
// and texts are cached on first use, so a visited portal opens and works offline. A new version
// installs beside the old one and waits until the citizen chooses to reload (the page shows a
// notice with a button), so old scripts are never mixed with new wasm and nothing typed is lost.
// `cargo xtask build` fills in BUILD and SHELL; this file is served without caching.

const BUILD = '__BUILD__';
const SHELL = __SHELL__;
const SHELL_CACHE = `portal-shell-${BUILD}`;
const RUNTIME_CACHE = 'portal-runtime';
const PAGES_CACHE = 'portal-pages';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => {
      // The very first install has nothing to replace, so it may start at once.
      if (!self.registration.active) return self.skipWaiting();
      return undefined;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('portal-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'apply-update') self.skipWaiting();
  // The page's first visit happened before this worker controlled it: the page lists the
  // definitions and texts it already fetched, and they are cached now, so that the service the
  // citizen opened also works offline.
  if (Array.isArray(event.data?.cache)) event.waitUntil(cacheVisited(event.data.cache));
});

async function cacheVisited(urls) {
  const cache = await caches.open(RUNTIME_CACHE);
  const wanted = urls
    .map((u) => new URL(u, self.location.origin))
    .filter((u) => u.origin === self.location.origin && /^\/(services|locales)\/[^?#]*\.(json|ftl)$/.test(u.pathname));
  await Promise.all(wanted.map(async (url) => {
    if (await fromShell(url.pathname) || await cache.match(url.pathname)) return;
    const response = await fetch(url.pathname).catch(() => undefined);
    if (response?.ok) await cache.put(url.pathname, response);
  }));
}

async function fromShell(request) {
  const cache = await caches.open(SHELL_CACHE);
  return cache.match(request);
}

/**
 * A page from portal-server, which sends it complete and in the citizen's language; a copy is
 * kept, so a page read once opens again offline. Offline, that copy, or else the app's own page
 * (the app renders any address).
 */
async function page(request) {
  const cache = await caches.open(PAGES_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok || response.status === 404) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? (await fromShell('/index.html')) ?? Response.error();
  }
}

/** Cached copy at once, refreshed in the background; the network when nothing is cached. */
async function staleWhileRevalidate(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  const cached = await cache.match(request);
  const refresh = fetch(request)
    .then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    })
    .catch(() => undefined);
  if (cached) return cached;
  const fresh = await refresh;
  return fresh ?? Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  event.respondWith(
    fromShell(request).then((cached) => cached ?? staleWhileRevalidate(request)),
  );
});
