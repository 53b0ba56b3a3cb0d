// Starts the app: imports the wasm-bindgen glue that the build named in <meta> tags and runs the
// wasm, turns same-origin GET forms into in-app navigations, then registers the service worker.
// Kept out of index.html so that the Content-Security-Policy allows no inline script.
//
// A page the server sent complete (home, information pages, statements: `data-prerendered`)
// reads and works without the app, so the app and its download wait until the citizen does
// something other than follow a link, or until something on the device waits to be sent.
const setting = (name) => document.querySelector(`meta[name="${name}"]`).content;
const shell = document.getElementById('app-static-shell');
const prerendered = shell !== null && shell.hasAttribute('data-prerendered');
let appStarted = false;
let appRunning = false;

const startApp = () => {
  if (appStarted) return;
  appStarted = true;
  import(setting('app-module'))
    .then((glue) => glue.default({ module_or_path: setting('app-wasm') }))
    .then(() => { appRunning = true; });
};

/** Where the form cannot run (no WebAssembly), what the page says to do instead. */
const showUnavailable = () => {
  const instead = document.querySelector('noscript');
  if (shell && instead) shell.innerHTML = instead.textContent;
};

if (typeof WebAssembly !== 'object') {
  if (!prerendered) showUnavailable();
} else if (!prerendered) {
  startApp();
} else {
  const interactions = ['pointerdown', 'keydown', 'touchstart'];
  const onInteraction = (event) => {
    // Following a link loads the next page, which needs no app either.
    if (event.type !== 'keydown' && event.target.closest && event.target.closest('a[href]')) return;
    interactions.forEach((type) => document.removeEventListener(type, onInteraction, true));
    startApp();
  };
  interactions.forEach((type) => document.addEventListener(type, onInteraction, { capture: true, passive: true }));
  // An application waiting on this device is sent as soon as possible: start the app for it.
  // The outbox's database is only opened if it exists (opening would create it).
  if (indexedDB && indexedDB.databases) {
    indexedDB.databases().then((databases) => {
      if (!databases.some((d) => d.name === 'portal')) return;
      const open = indexedDB.open('portal');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('outbox')) { db.close(); return; }
        const count = db.transaction('outbox').objectStore('outbox').count();
        count.onsuccess = () => { db.close(); if (count.result > 0) startApp(); };
      };
    }).catch(() => { /* The app reads the outbox itself when it starts. */ });
  }
}

// The app has rendered a complete page again, out of sight (`root`): swapped in, in one step,
// once its heading is there and nothing on it is still loading (or after 10 s), with the same
// control focused (by id, else by position) and the same scroll position.
window.portalTakeOver = (page, root) => {
  const focusable = 'a[href], button, input, select, textarea, [tabindex]';
  const started = performance.now();
  const ready = () => {
    const h1 = root.querySelector('main h1');
    return h1 !== null && h1.textContent.trim() !== '' && root.querySelector('[aria-busy="true"]') === null;
  };
  const swap = () => {
    if (!ready() && performance.now() - started < 10000) {
      requestAnimationFrame(swap);
      return;
    }
    // What the citizen typed or chose on the page meanwhile (only that: the rest of the app's
    // copy may know better, such as settings saved on this device) goes over to the app's copy.
    for (const field of page.querySelectorAll('input[id], textarea[id]')) {
      const same = root.querySelector(`#${CSS.escape(field.id)}`);
      if (!same || same.tagName !== field.tagName) continue;
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (field.checked !== field.defaultChecked && same.checked !== field.checked) {
          same.checked = field.checked;
          same.dispatchEvent(new Event('change', { bubbles: true }));
        }
      } else if (field.type !== 'hidden' && field.value !== field.defaultValue && same.value !== field.value) {
        same.value = field.value;
        same.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    const focused = page.contains(document.activeElement) ? document.activeElement : null;
    const index = focused ? [...page.querySelectorAll(focusable)].indexOf(focused) : -1;
    const scroll = window.scrollY;
    page.remove();
    root.hidden = false;
    const same = focused && focused.id ? root.querySelector(`#${CSS.escape(focused.id)}`)
      : index >= 0 ? root.querySelectorAll(focusable)[index] : null;
    if (same) same.focus({ preventScroll: true });
    if (Math.abs(window.scrollY - scroll) > 0.5) window.scrollTo(0, scroll);
  };
  requestAnimationFrame(swap);
};

// Elder mode from the header before the app runs: the same as the app does (the attribute the
// styles follow, the device's setting and the cookie the server reads), without a reload. Once
// the app runs, it handles the form itself.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !form.classList.contains('app-header__elder-form')) return;
  event.preventDefault();
  const root = document.documentElement;
  const elder = !root.hasAttribute('data-elder');
  let saved = {};
  try { saved = JSON.parse(localStorage.getItem('portal.display') || '{}') || {}; } catch { saved = {}; }
  saved.elder = elder;
  try { localStorage.setItem('portal.display', JSON.stringify(saved)); } catch { /* not kept */ }
  if (elder) root.setAttribute('data-elder', ''); else root.removeAttribute('data-elder');
  form.querySelector('input[name="elder"]').value = elder ? 'off' : 'on';
  form.querySelector('button').setAttribute('aria-pressed', String(elder));
  document.cookie = `portal-display=${encodeURIComponent(displayCookie(saved))}; path=/; max-age=31536000; samesite=lax`;
});

/** The display settings as the server reads them from the `portal-display` cookie. */
function displayCookie(settings) {
  const parts = [];
  if (settings.elder === true) parts.push('elder');
  if ([1, 2, 3].includes(settings.textSize)) parts.push(`size${settings.textSize}`);
  if (settings.highContrast === true) parts.push('contrast');
  if (settings.spacing === true) parts.push('spacing');
  if (settings.reducedMotion === true) parts.push('motion');
  return parts.join('.');
}

// A same-origin form marked `method="get"` (the home page's search box) becomes an in-app
// navigation once the app runs: the address changes and the app's router, which follows
// history, shows the page, without loading the app again. Before that, the browser goes to the
// page. Forms without the attribute (the question pages) are the app's.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!appRunning || event.defaultPrevented || form.getAttribute('method') !== 'get') return;
  // The complete page the app has not taken over yet: the browser goes to the results page.
  if (form.closest('[data-prerendered]')) return;
  const url = new URL(form.action);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  url.search = new URLSearchParams(new FormData(form)).toString();
  history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.portalKeepPage?.(url.pathname + url.search);
});

// When a new version has installed and waits, the app shows a notice; its button calls this.
window.portalApplyUpdate = () => {
  navigator.serviceWorker?.getRegistration().then((registration) => registration?.waiting?.postMessage('apply-update'));
};

if ('serviceWorker' in navigator) {
  let reloading = false;
  const announce = () => window.dispatchEvent(new Event('portal-update-ready'));
  // Until a worker controls the page (the first visit), its fetches bypass the worker. What was
  // fetched that way (the page first, then its styles, scripts, texts) is handed to the worker,
  // once there is one, which keeps copies from the browser's cache, so that this page opens
  // again offline.
  const handOver = (message) => navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage(message);
  });
  // The worker fetches nothing unasked while the phone asks to save data.
  const savingData = Boolean(navigator.connection && navigator.connection.saveData);
  if (savingData) handOver({ saveData: true });
  // A page the app showed in place was not fetched: the worker keeps a copy of it, so it opens
  // again offline (unless the phone asks to save data). Form pages need none: any opens them.
  window.portalKeepPage = (path) => {
    if (!savingData && !/^\/services\/[^/]+\/./.test(path)) handOver({ page: new URL(path, location.href).href });
  };
  if (!navigator.serviceWorker.controller) {
    handOver({ page: location.href });
    try {
      new PerformanceObserver((list) => {
        const missed = list.getEntries()
          .filter((entry) => entry.workerStart === 0 && new URL(entry.name).origin === location.origin)
          .map((entry) => entry.name);
        if (missed.length > 0) handOver({ cache: missed });
      }).observe({ type: 'resource', buffered: true });
    } catch { /* No resource timing: the worker keeps what it sees from the next visit on. */ }
  }
  // Registered once the page has loaded, so that the worker never competes with the first page
  // for a slow link (it downloads nothing in advance).
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
