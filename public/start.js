// Starts the app: imports the wasm-bindgen glue that the build named in <meta> tags and runs the
// wasm, then registers the service worker. Kept out of index.html so that the
// Content-Security-Policy allows no inline script.
const setting = (name) => document.querySelector(`meta[name="${name}"]`).content;

import(setting('app-module')).then((glue) => glue.default({ module_or_path: setting('app-wasm') }));

// When a new version has installed and waits, the app shows a notice; its button calls this.
window.portalApplyUpdate = () => {
  navigator.serviceWorker?.getRegistration().then((registration) => registration?.waiting?.postMessage('apply-update'));
};

if ('serviceWorker' in navigator) {
  let reloading = false;
  const announce = () => window.dispatchEvent(new Event('portal-update-ready'));
  // On the first visit the page fetches before any worker controls it. Once one does, the page
  // lists what it fetched and the worker caches the definitions and texts among it; from then on
  // the worker sees, and caches, every fetch itself.
  const handOver = () => navigator.serviceWorker.ready.then((registration) => {
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    registration.active?.postMessage({ cache: fetched });
  });
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', handOver, { once: true });
  }
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
  }).catch(() => { /* No offline support on this browser; the portal still works online. */ });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the citizen asked for the new version (the first install does not reload).
    if (reloading || !window.portalUpdateRequested) return;
    reloading = true;
    window.location.reload();
  });
  const request = window.portalApplyUpdate;
  window.portalApplyUpdate = () => { window.portalUpdateRequested = true; request(); };
}
