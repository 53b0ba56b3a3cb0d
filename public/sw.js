// The portal's service worker. It keeps what the citizen actually used, so a page read once
// opens again offline, in the language it was read in; when a service's form is started, the
// rest of that journey (its code, the sender, its texts) is kept too, so it can be finished and
// queued offline; a whole service, or everything, is downloaded only when the citizen asks
// ("keep on this phone"), after being told how much. Nothing is fetched in the background on a
// first visit, and with Save-Data on nothing the page does not show. Built files are kept by
// their content, so after an update only what changed is downloaded again. A new version
// installs beside the old one and waits until the citizen chooses it, so old scripts are never
// mixed with new wasm. `cargo xtask build` fills in the constants below; this file is served
// without caching.

const BUILD = '__BUILD__';
/** Built files: address → [hash of the content, bytes on the wire]. */
const CONTENT = __CONTENT__;
/** What every page of the app needs: the app's code, styles and start-up scripts. */
const APP = __APP__;
/** What a service's journey needs besides the app: its code, and the outbox's sender and list. */
const JOURNEY = __JOURNEY__;
/** Each service's first question page, by id. */
const SERVICES = __SERVICES__;
/** Interface texts a kept service needs, and the rest kept with everything. */
const SERVICE_TEXTS = ['shell', 'pages', 'forms', 'outbox', 'track'];
const ALL_TEXTS = ['shell', 'pages', 'forms', 'outbox', 'track', 'catalogue', 'settings', 'statements', 'search'];
/** Bytes of the texts and pages, which are not built files (one language's, brotli). */
const SIZES = __SIZES__;

const ASSETS = 'portal-assets';
const RUNTIME = 'portal-runtime';
const PAGES = 'portal-pages';
const KEPT = 'portal-kept';
const contentKey = (hash) => `/__content/${hash}`;

/** Set when a page says its phone asks to save data (the request header says so too). */
let savingData = false;
const saveData = (request) => savingData
  || (request !== undefined && request.headers.get('Save-Data') === 'on')
  || (self.navigator.connection !== undefined && self.navigator.connection.saveData === true);

/** Work done in the background, one piece after another; `{ settled }` answers when it is done. */
let background = Promise.resolve();
const inBackground = (work) => {
  background = background.then(work).catch(() => undefined);
  return background;
};

self.addEventListener('install', (event) => {
  // Nothing is downloaded in advance. The very first install has nothing to replace.
  if (!self.registration.active) {
    event.waitUntil(self.skipWaiting());
    return;
  }
  // An update: the code of what the citizen asked to keep is downloaded now (only what changed),
  // before this version can take over. If that fails (offline, say), this version does not
  // install, the one in use stays, and the browser tries again later.
  event.waitUntil((async () => {
    for (const scope of await keptScopes()) await keepFiles([...new Set(scopeFiles(scope).files)]);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Caches of the earlier design (everything precached per build) go.
    for (const name of await caches.keys()) if (name.startsWith('portal-shell-')) await caches.delete(name);
    // This version's list of files is kept with the previous version's, so that pages kept
    // with the previous version still find their files offline. Built files of older versions go.
    const assets = await caches.open(ASSETS);
    await assets.put(`/__builds/${BUILD}`, new Response(JSON.stringify(CONTENT)));
    const builds = (await assets.keys()).filter((r) => new URL(r.url).pathname.startsWith('/__builds/'));
    for (const old of builds.slice(0, -2)) await assets.delete(old);
    const wanted = new Set();
    for (const build of builds.slice(-2)) {
      const files = await (await assets.match(build)).json();
      for (const [hash] of Object.values(files)) wanted.add(contentKey(hash));
    }
    for (const request of await assets.keys()) {
      const path = new URL(request.url).pathname;
      if (path.startsWith('/__content/') && !wanted.has(path)) await assets.delete(request);
    }
    await self.clients.claim();
    // What the citizen asked to keep is brought up to this version (its code already is): its
    // pages and texts, fetched again, after the pages waiting for this worker have been answered.
    inBackground(async () => {
      for (const scope of await keptScopes()) await keep(scope, undefined, true).catch(() => undefined);
    });
  })());
});

/** A built file of the previous version (a page kept with it names its files), if kept. */
async function earlierFile(path) {
  const assets = await caches.open(ASSETS);
  for (const build of (await assets.keys()).reverse()) {
    if (!new URL(build.url).pathname.startsWith('/__builds/')) continue;
    const files = await (await assets.match(build)).json();
    if (files[path]) return assets.match(contentKey(files[path][0]));
  }
  return undefined;
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data === 'apply-update') self.skipWaiting();
  // The page's first visit happened before this worker controlled it: the page lists what it
  // already fetched, and copies are kept from the browser's cache (no download), so that the
  // page opens again offline.
  if (data && data.saveData === true) savingData = true;
  if (data && Array.isArray(data.cache)) event.waitUntil(inBackground(() => keepVisited(data.cache)));
  if (data && typeof data.page === 'string') event.waitUntil(inBackground(() => keepVisitedPage(data.page)));
  if (data && data.settled) event.waitUntil(reply(event, background.then(() => true)));
  if (data && data.plan) event.waitUntil(reply(event, plan(data.plan)));
  if (data && data.keep) event.waitUntil(reply(event, keep(data.keep, event.source)));
  if (data && data.unkeep) event.waitUntil(reply(event, unkeep(data.unkeep)));
  if (data && data.kept) event.waitUntil(reply(event, isKept(data.kept)));
});

async function reply(event, work) {
  let answer;
  try {
    answer = { ok: true, value: await work };
  } catch (error) {
    answer = { ok: false, error: String(error) };
  }
  if (event.ports && event.ports[0]) event.ports[0].postMessage(answer);
}

async function keepVisited(urls) {
  const seen = urls.map((u) => new URL(u, self.location.origin)).filter((u) => u.origin === self.location.origin);
  // A journey began before this worker ran: the rest of it is kept too, unless saving data.
  const journeyBegun = seen.some((u) => JOURNEY.includes(u.pathname));
  await Promise.all(seen.map(async (url) => {
    const path = url.pathname + url.search;
    try {
      if (CONTENT[url.pathname]) {
        await asset(new Request(path), { cache: 'force-cache' });
      } else if (isText(url.pathname)) {
        const cache = await caches.open(RUNTIME);
        if (!(await cache.match(path))) {
          const response = await fetch(path, { cache: 'force-cache' });
          if (response.ok) await cache.put(path, response);
        }
      }
    } catch { /* Kept the next time it is fetched. */ }
  }));
  const forms = seen.map((u) => formsLanguage(u.pathname)).find(Boolean);
  if (forms && !saveData()) await keepTexts(journeyTexts(forms)).catch(() => undefined);
  if (journeyBegun && !saveData() && !journeyKept) {
    journeyKept = true;
    // Not all of it arrived: the next file of the journey fetched tries again.
    await keepFiles(JOURNEY).catch(() => { journeyKept = false; });
  }
}

/** A page shown: from the browser's cache when it has it (the first visit's), else fetched. */
async function keepVisitedPage(address) {
  const url = new URL(address, self.location.origin);
  if (url.origin !== self.location.origin) return;
  try {
    const cache = await caches.open(PAGES);
    const response = await fetch(url.pathname + url.search, { cache: 'force-cache', credentials: 'same-origin' });
    await remember(cache, url.pathname + url.search, response);
  } catch { /* Kept the next time it is fetched. */ }
}

/** The language of a service's form texts at `path`, if that is what it is. */
const formsLanguage = (path) => /^\/locales\/([^/]+)\/forms\.ftl$/.exec(path)?.[1];
/**
 * Texts kept with a journey's form texts: the outbox's, for sending offline, and the
 * catalogue's, which name the waiting applications on the home page.
 */
const journeyTexts = (language) => [`/locales/${language}/outbox.ftl`, `/locales/${language}/track.ftl`, `/locales/${language}/catalogue.ftl`];

const isText = (path) => /^\/(services\/[^/]+\.json|locales\/.+\.(ftl|json))$/.test(path);

/** Built files being fetched, by content: a file asked for twice is downloaded once. */
const fetching = new Map();

/** A built file: from the kept copy of its content, or fetched and kept. */
async function asset(request, init) {
  const path = new URL(request.url).pathname;
  const [hash] = CONTENT[path];
  const cache = await caches.open(ASSETS);
  const kept = await cache.match(contentKey(hash));
  if (kept) return kept;
  if (!fetching.has(hash)) {
    fetching.set(hash, (async () => {
      const response = await fetch(request, init);
      // A full storage quota must not fail the page: the file is used without a copy.
      if (response.ok) await cache.put(contentKey(hash), response.clone()).catch(() => undefined);
      return response;
    })().finally(() => fetching.delete(hash)));
  }
  const response = await fetching.get(hash);
  return response.ok ? ((await cache.match(contentKey(hash))) ?? response.clone()) : response.clone();
}

/** Whether this worker has set about keeping the journey's files (once is enough). */
let journeyKept = false;
const keepJourney = () => {
  if (journeyKept) return Promise.resolve();
  journeyKept = true;
  return inBackground(() => keepFiles(JOURNEY).catch(() => { journeyKept = false; }));
};

/**
 * A page from portal-server, which sends it complete and in the citizen's language; a copy is
 * kept, so a page read once opens again offline. Offline: that copy; for a form page never
 * opened, another of the same service's (the app renders any of its pages); else any page of
 * the app.
 */
async function page(request) {
  const cache = await caches.open(PAGES);
  let response;
  try {
    response = await fetch(request);
  } catch {
    response = undefined;
  }
  if (response) {
    // A full storage quota, say, must not fail the page: it is shown without a copy.
    await remember(cache, request, response.clone()).catch(() => undefined);
    return response;
  }
  // Offline: the page as read; else the same page with other parameters (a search, another language
  // asked in the address: the app renders what the address says).
  const exact = (await caches.match(request, { ignoreVary: true }))
    ?? (await caches.match(request, { ignoreVary: true, ignoreSearch: true }));
  if (exact) return exact;
  const url = new URL(request.url);
  const service = /^\/services\/([a-z0-9-]+)\/./.exec(url.pathname);
  const shells = await Promise.all([service && `/__form/${service[1]}`, '/__form'].filter(Boolean)
    .map((key) => caches.match(key, { ignoreVary: true })));
  return shells.find(Boolean) ?? Response.error();
}

/**
 * Keeps a page's copy (a page, or the site's "not found" page; never one reached through a
 * redirect, such as a Wi-Fi sign-in page's), and a form page also as the form page of its
 * service and of the app.
 */
async function remember(cache, request, response) {
  if (response.redirected || response.type !== 'basic' || !(response.ok || response.status === 404)) return;
  const url = new URL(typeof request === 'string' ? request : request.url, self.location.origin);
  const form = /^\/services\/([a-z0-9-]+)\/./.exec(url.pathname);
  if (form && response.ok) {
    await cache.put(`/__form/${form[1]}`, response.clone());
    await cache.put('/__form', response.clone());
  }
  await cache.put(request, response);
}

/** Definitions and texts: the kept copy at once, refreshed in the background unless saving data. */
async function staleWhileRevalidate(event) {
  const request = event.request;
  const cache = await caches.open(RUNTIME);
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached && saveData(request)) return cached;
  // A refresh that hangs on a bad link gives up after 30 s.
  const refresh = fetch(request, cached ? { signal: AbortSignal.timeout(30000) } : {})
    .then((response) => {
      if (response.ok) cache.put(request, response.clone()).catch(() => undefined);
      return response;
    })
    .catch(() => undefined);
  if (cached) {
    event.waitUntil(refresh);
    return cached;
  }
  return (await refresh) ?? Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The department console (/console/, and its texts under /locales/*/console/) is staff's,
  // online only: never cached or answered here.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')
    || url.pathname === '/console' || url.pathname.includes('/console/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  if (CONTENT[url.pathname]) {
    event.respondWith(asset(request));
    // A journey has begun: the rest of it is kept, so it can be finished offline.
    if (JOURNEY.includes(url.pathname) && !saveData(request)) event.waitUntil(keepJourney());
    return;
  }
  if (isText(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
    const forms = formsLanguage(url.pathname);
    if (forms && !saveData(request)) event.waitUntil(inBackground(() => keepTexts(journeyTexts(forms))));
    return;
  }
  event.respondWith(fetch(request).catch(async () => (await caches.match(request, { ignoreVary: true }))
    ?? (await earlierFile(url.pathname)) ?? Response.error()));
});

async function keepFiles(paths, progress) {
  const cache = await caches.open(ASSETS);
  for (const path of paths) {
    if (!(await cache.match(contentKey(CONTENT[path][0])))) {
      const response = await asset(new Request(path));
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
    }
    if (progress) progress(path);
  }
}

/** Keeps texts and definitions; `refresh` fetches again those already kept (after an update). */
async function keepTexts(paths, progress, refresh = false) {
  const cache = await caches.open(RUNTIME);
  for (const path of paths) {
    if (refresh || !(await cache.match(path))) {
      const response = await fetch(path, refresh ? { cache: 'no-cache' } : {});
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await cache.put(path, response);
    }
    if (progress) progress(path);
  }
}

async function keepPages(paths, progress) {
  const cache = await caches.open(PAGES);
  for (const path of paths) {
    const response = await fetch(path, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    await remember(cache, path, response);
    if (progress) progress(path);
  }
}

/** What keeping `scope` ({ service, language } or { everything: true, language }) takes. */
function scopeFiles(scope) {
  const lang = scope.language;
  const texts = (names) => names.map((name) => `/locales/${lang}/${name}.ftl`);
  if (scope.everything) {
    return {
      files: Object.keys(CONTENT),
      texts: [...texts(ALL_TEXTS), `/locales/${lang}/search.json`,
        ...Object.keys(SERVICES).flatMap((id) => [`/services/${id}.json`, `/locales/${lang}/services/${id}.ftl`])],
      pages: ['/', '/accessibility', '/privacy', '/settings', '/search',
        ...Object.entries(SERVICES).flatMap(([id, first]) => [`/services/${id}`, `/services/${id}/${first}`])],
    };
  }
  const id = scope.service;
  if (!SERVICES[id]) throw new Error(`no service ${id}`);
  return {
    files: [...APP, ...JOURNEY],
    texts: [...texts(SERVICE_TEXTS), `/services/${id}.json`, `/locales/${lang}/services/${id}.ftl`],
    pages: [`/services/${id}`, `/services/${id}/${SERVICES[id]}`],
  };
}

const sizeOf = (path) => (CONTENT[path] ? CONTENT[path][1] : (SIZES[path.replace(/^\/locales\/[^/]+\//, '/locales/*/')] ?? 2048));

/** How much keeping `scope` would download now: bytes and files not kept yet. */
async function plan(scope) {
  const { files, texts, pages } = scopeFiles(scope);
  const assets = await caches.open(ASSETS);
  let bytes = 0;
  let count = 0;
  for (const path of files) {
    if (!(await assets.match(contentKey(CONTENT[path][0])))) { bytes += sizeOf(path); count += 1; }
  }
  for (const path of [...texts, ...pages]) {
    if (!(await caches.match(path, { ignoreVary: true }))) { bytes += sizeOf(path); count += 1; }
  }
  return { bytes, files: count };
}

async function keep(scope, client, refresh = false) {
  const { files, texts, pages } = scopeFiles(scope);
  const total = files.length + texts.length + pages.length;
  let done = 0;
  const progress = () => {
    done += 1;
    if (client) client.postMessage({ keeping: scope, done, total });
  };
  await keepFiles([...new Set(files)], progress);
  await keepTexts(texts, progress, refresh);
  await keepPages(pages, progress);
  const kept = await caches.open(KEPT);
  await kept.put(scopeKey(scope), new Response(JSON.stringify(scope)));
  return { done, total };
}

const scopeKey = (scope) => (scope.everything ? `/__kept/everything/${scope.language}` : `/__kept/service/${scope.service}/${scope.language}`);

async function keptScopes() {
  const kept = await caches.open(KEPT);
  const scopes = [];
  for (const request of await kept.keys()) scopes.push(await (await kept.match(request)).json());
  return scopes;
}

async function isKept(scope) {
  const kept = await caches.open(KEPT);
  return (await kept.match(scopeKey(scope))) !== undefined;
}

/**
 * Undoes "keep on this phone": the service's definition, texts and pages go, unless another
 * kept scope needs them. The interface's texts and the built files stay (shared by every page
 * read; built files are replaced by version).
 */
async function unkeep(scope) {
  const kept = await caches.open(KEPT);
  await kept.delete(scopeKey(scope));
  const { texts, pages } = scopeFiles(scope);
  const needed = new Set();
  for (const other of await keptScopes()) {
    const files = scopeFiles(other);
    for (const path of [...files.texts, ...files.pages]) needed.add(path);
  }
  const runtime = await caches.open(RUNTIME);
  const visited = await caches.open(PAGES);
  // The interface's texts stay: every page read uses them.
  for (const path of texts) if (path.includes('/services/') && !needed.has(path)) await runtime.delete(path);
  for (const path of pages) if (!needed.has(path)) await visited.delete(path);
  return true;
}
