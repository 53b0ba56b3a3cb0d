// Helpers shared by the browser tests that send a product complaint with the network off and
// look at what the device keeps: the service worker's cache and the outbox in IndexedDB.
import { BASE, waitForPage } from './portal.mjs';

export const SERVICE = 'product-quality-complaint';
const base = `/services/${SERVICE}`;

export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, { timeout: 20000 });
}

/** Waits until the worker has done what it does in the background (keeping copies). */
export function workerSettled(page) {
  return page.evaluate(() => navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    registration.active.postMessage({ settled: true }, [channel.port2]);
  })));
}

/** Waits until the worker has cached `path` (it does so in the background after a visit). */
export async function cached(page, path) {
  await until(page, (p) => caches.match(p).then((hit) => hit !== undefined), path);
}

/**
 * Polls `predicate` (which returns a promise) in the page until it resolves to true. Playwright's
 * waitForFunction does not wait for a promise: any promise counts as true at once.
 */
export async function until(page, predicate, arg, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${predicate}`);
    await new Promise((resolve) => { setTimeout(resolve, 250); });
  }
}

export async function on(page, path) {
  await page.waitForFunction((p) => location.pathname === p, path);
  await waitForPage(page);
}

export async function next(page) {
  await page.click('#main-content form button[type=submit]');
}

/** Fills the complaint from its first page to check answers; `email` tells the rows apart. */
export async function complain(page, email) {
  await page.goto(`${BASE}${base}/product`);
  await on(page, `${base}/product`);
  await page.fill('#product', 'kettle');
  await next(page);
  await on(page, `${base}/purchase`);
  await page.fill('#where-bought', 'shop');
  await page.fill('#purchase-date-day', '1');
  await page.fill('#purchase-date-month', '2');
  await page.fill('#purchase-date-year', '2026');
  await next(page);
  await on(page, `${base}/what-happened`);
  await page.fill('#what-happened', 'It leaks.');
  await next(page);
  await on(page, `${base}/evidence`);
  await page.check('#evidence-4');
  await next(page);
  await on(page, `${base}/contact-method`);
  await page.check('#contact-method-2');
  await next(page);
  await on(page, `${base}/email`);
  await page.fill('#email', email);
  await next(page);
  await on(page, `${base}/name`);
  await page.fill('#full-name', 'Li Si');
  await next(page);
  await on(page, `${base}/check-answers`);
}

/**
 * Visits the complaint once (so the worker caches it), goes offline, fills it in and sends it:
 * it then waits on the device, on the confirmation page.
 */
export async function sendOffline(context, page, email) {
  await page.goto(`${BASE}${base}/product`);
  await waitForPage(page);
  await controlled(page);
  // One visit, before the worker existed: what the page fetched is cached for it.
  await cached(page, `/services/${SERVICE}.json`);
  await cached(page, `/locales/en/services/${SERVICE}.ftl`);
  // The journey's code is kept in the background once it has begun.
  await workerSettled(page);
  await context.setOffline(true);
  await complain(page, email);
  await next(page);
  await on(page, `${base}/confirmation`);
}

/** Every entry of the device's outbox, as stored in IndexedDB. */
export function outboxEntries(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('portal', 1);
    open.onsuccess = () => {
      const all = open.result.transaction('outbox').objectStore('outbox').getAll();
      all.onsuccess = () => { open.result.close(); resolve(all.result); };
    };
  }));
}

/** How many sending rounds the outbox has finished on this page (`<html data-outbox-rounds>`). */
export function rounds(page) {
  return page.evaluate(() => Number(document.documentElement.dataset.outboxRounds ?? 0));
}

/**
 * Waits until the outbox finishes a round after the `done`-th: whatever that round would send
 * has been sent by then, so "nothing was sent" can be asserted without a fixed pause.
 */
export async function roundAfter(page, done) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.outboxRounds ?? 0) > n, done, { timeout: 20000 });
}
