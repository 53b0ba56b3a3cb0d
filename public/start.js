// Starts the app: imports the wasm-bindgen glue that the build named in <meta> tags and runs the
// wasm, turns same-origin GET forms into in-app navigations, then registers the service worker.
// Kept out of index.html so that the Content-Security-Policy allows no inline script.
const setting = (name) => document.querySelector(`meta[name="${name}"]`).content;

import(setting('app-module')).then((glue) => glue.default({ module_or_path: setting('app-wasm') }));

// A same-origin form marked `method="get"` (the home page's search box) becomes an in-app
// navigation: the address changes and the app's router, which follows history, shows the page,
// without loading the app again. Forms without the attribute (the question pages) are the app's.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || form.getAttribute('method') !== 'get') return;
  const url = new URL(form.action);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  url.search = new URLSearchParams(new FormData(form)).toString();
  history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
});

// When a new version has installed and waits, the app shows a notice; its button calls this.
window.portalApplyUpdate = () => {
  navigator.serviceWorker?.getRegistration().then((registration) => registration?.waiting?.postMessage('apply-update'));
};

if ('serviceWorker' in navigator) {
  let reloading = false;
  const announce = () => window.dispatchEvent(new Event('portal-update-ready'));
  // Until a worker controls the page (the first visit), its fetches bypass the worker. Each
  // definition or text fetched that way is handed to the worker, once there is one, to cache, so
  // that the service opened on the first visit also works offline.
  const handOver = (urls) => navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage({ cache: urls });
  });
  try {
    new PerformanceObserver((list) => {
      const missed = list.getEntries()
        .filter((entry) => entry.workerStart === 0 && /\.(json|ftl)$/.test(new URL(entry.name).pathname))
        .map((entry) => entry.name);
      if (missed.length > 0) handOver(missed);
    }).observe({ type: 'resource', buffered: true });
  } catch { /* No resource timing: the worker caches what it sees from the next visit on. */ }
  // Registered once the page has loaded, so that the worker's precache (about 310 KB brotli,
  // `cargo xtask size` prints it) never competes with the first page for a slow link.
  const register = () => navigator.serviceWorker.register('/sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
  }).catch(() => { /* No offline support on this browser; the portal still works online. */ });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the citizen asked for the new version (the first install does not reload).
    if (reloading || !window.portalUpdateRequested) return;
    reloading = true;
    window.location.reload();
  });
  const request = window.portalApplyUpdate;
  window.portalApplyUpdate = () => { window.portalUpdateRequested = true; request(); };
}
