// "Keep on this phone": asks the service worker (public/sw.js) how much keeping a service, or
// everything, would download, has it downloaded with progress, and undoes it. Imported by the
// wasm. A scope is { service, language } or { everything: true, language }.

function ask(message) {
  return navigator.serviceWorker.ready.then((registration) => new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => (event.data.ok ? resolve(event.data.value) : reject(new Error(event.data.error)));
    registration.active.postMessage(message, [channel.port2]);
  }));
}

/** Whether this browser can keep anything for offline use (a service worker controls the page). */
export function keepAvailable() {
  return 'serviceWorker' in navigator && 'caches' in window && navigator.serviceWorker.controller !== null;
}

/** Whether the phone asks sites to save data. */
export function savingData() {
  return Boolean(navigator.connection && navigator.connection.saveData);
}

/** { bytes, files } that keeping `scope` would download now. */
export function keepPlan(scope) {
  return ask({ plan: scope });
}

/** Keeps `scope`; `progress(done, total)` is called as files arrive. */
export function keepScope(scope, progress) {
  const onProgress = (event) => {
    if (event.data && event.data.keeping) progress(event.data.done, event.data.total);
  };
  navigator.serviceWorker.addEventListener('message', onProgress);
  return ask({ keep: scope }).finally(() => navigator.serviceWorker.removeEventListener('message', onProgress));
}

export function unkeepScope(scope) {
  return ask({ unkeep: scope });
}

export function isKept(scope) {
  return ask({ kept: scope });
}
