// Offline and flaky networks, against portal-server: the portal opens offline after one visit,
// applications made offline wait on the device and are delivered exactly once when the
// connection returns (also after the page was closed mid-send, or the server answered 503), a
// damaged outbox entry never blocks the app, and a new deployment is offered, not forced.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, axeViolations, launch, message, openPage, privateServer, stored, visible, waitForPage } from './portal.mjs';
import { SERVICE, cached, complain, controlled, next, on, outboxEntries, roundAfter, rounds, sendOffline } from './outbox.mjs';

const REFERENCE = /^[34679ACDEFGHJKMNPQRTUVWXY]{8}$/;
const base = `/services/${SERVICE}`;

const storedWith = (email) => stored(SERVICE).filter((row) => row.answers.email?.[0] === email);
const uniqueEmail = (what) => `${what}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.cn`;

describe('offline', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('a page read once opens again with the network off, in the language it was read in', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE}/?lang=ug`);
    await waitForPage(page);
    await controlled(page);
    // A page shown by the app in place, never fetched as a page.
    await page.click('.app-footer__link[href="/accessibility"]');
    await page.waitForSelector(`h1:has-text("${visible(message('ug', 'statements', 'accessibility-title'))}")`);
    await cached(page, '/accessibility');
    await context.setOffline(true);
    await page.reload();
    await waitForPage(page);
    assert.equal(visible(await page.textContent('h1')), visible(message('ug', 'statements', 'accessibility-title')));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok(await page.locator('.app-connection-status__text').isVisible(), 'says it is offline');
    await page.goto(`${BASE}/?lang=ug`);
    await waitForPage(page);
    assert.equal(visible(await page.textContent('h1')), visible(message('ug', 'pages', 'home-title')));
    await context.close();
  });

  it('an application sent offline waits on the device and is delivered once when back online', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    const email = uniqueEmail('offline');
    await page.goto(`${BASE}${base}`);
    await waitForPage(page);
    await controlled(page);
    await page.goto(`${BASE}${base}/product`);
    await waitForPage(page);
    await context.setOffline(true);
    await complain(page, email);
    await next(page);
    await on(page, `${base}/confirmation`);
    assert.match(await page.textContent('h1'), /waiting to be sent/);
    assert.equal(storedWith(email).length, 0, 'nothing reached the server');
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    assert.match(visible(await page.textContent('.app-outbox')), /Waiting to send[\s\S]*Complain about a faulty product/);

    await page.goto(`${BASE}${base}/confirmation`);
    await waitForPage(page);
    await context.setOffline(false);
    await page.waitForSelector('.app-panel__reference', { timeout: 15000 });
    assert.match(visible(await page.textContent('.app-panel__reference')), REFERENCE);
    assert.equal(storedWith(email).length, 1, 'stored exactly once');
    assert.deepEqual(problems.filter((p) => !/Failed to (fetch|load resource)|ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });

  it('a waiting application can be deleted from the device, only after a confirmation, and is never sent', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    const email = uniqueEmail('deleted');
    await sendOffline(context, page, email);
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await page.click('.app-outbox__delete');
    await page.waitForSelector('.app-outbox__confirm');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'app-outbox__confirm', 'focus on the question');
    assert.deepEqual(await axeViolations(page), [], 'axe while asking');
    await page.click('text=No, keep it');
    assert.equal(await page.locator('.app-outbox__item').count(), 1, 'kept');
    await page.waitForFunction(() => document.activeElement.classList.contains('app-outbox__delete'), null, { timeout: 2000 }); // focus back on Delete
    await page.click('.app-outbox__delete');
    await page.click('text=Yes, delete it');
    await page.waitForSelector('text=The application was deleted from this device. It was not sent.');
    assert.equal(await page.locator('.app-outbox').count(), 0, 'nothing waits any more');
    await page.waitForFunction(() => document.activeElement.tagName === 'H1', null, { timeout: 2000 }); // focus on the page heading
    assert.equal((await outboxEntries(page)).length, 0, 'nothing left in IndexedDB');
    await context.setOffline(false);
    await page.reload();
    await waitForPage(page);
    await roundAfter(page, 0);
    assert.equal(storedWith(email).length, 0, 'never sent');
    assert.deepEqual(problems.filter((p) => !/Failed to (fetch|load resource)|ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });

  it('closing the page while it sends, then coming back, still stores it exactly once', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const email = uniqueEmail('closed');
    await complain(page, email);
    // The request reaches the server and is stored, but the page is gone before the answer.
    let reachedServer;
    const arrived = new Promise((resolve) => { reachedServer = resolve; });
    await page.route('**/api/submissions', async (route) => {
      await route.fetch();
      reachedServer();
    });
    await next(page);
    await arrived;
    await page.close();
    assert.equal(storedWith(email).length, 1, 'the server has it once');

    const again = await context.newPage();
    await again.goto(`${BASE}/`);
    await waitForPage(again);
    await again.waitForFunction(() => !document.querySelector('.app-outbox'), null, { timeout: 15000 });
    assert.equal(storedWith(email).length, 1, 'the retry was recognised, not stored again');
    await context.close();
  });

  it('an application the server answers 503 for is kept and sent again', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const email = uniqueEmail('busy');
    await complain(page, email);
    await page.route('**/api/submissions', (route) => route.fulfill({ status: 503, headers: { 'Retry-After': '30' }, body: '{"code":"unavailable"}' }));
    await next(page);
    await on(page, `${base}/confirmation`);
    assert.match(await page.textContent('h1'), /waiting to be sent/);
    assert.equal(storedWith(email).length, 0);
    await page.unroute('**/api/submissions');
    await page.click('text=Send now');
    await page.waitForSelector('.app-panel__reference', { timeout: 15000 });
    assert.equal(storedWith(email).length, 1);
    await context.close();
  });

  it('an application the server refuses while it is sent in the background is kept, shown, and can be corrected and sent', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    const email = uniqueEmail('refused');
    await sendOffline(context, page, email);
    // Back online, the server refuses the purchase date (its calendar, say, is a day ahead).
    await page.route('**/api/submissions', (route) => route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'invalid', page: 'purchase', errors: [{ question: 'purchase-date', code: 'date-in-future' }] }),
    }));
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await context.setOffline(false);
    await page.waitForSelector('.app-outbox__refused', { timeout: 15000 });
    assert.equal(visible(await page.textContent('.app-outbox__refused')), 'Not accepted: some answers need to be corrected. Nothing was lost.');
    assert.deepEqual(await axeViolations(page), [], 'axe with a refused application');
    const kept = await outboxEntries(page);
    assert.equal(kept.length, 1, 'kept on the device');
    assert.equal(kept[0].answers.email[0], email, 'with every answer');

    await page.unroute('**/api/submissions');
    await page.click('.app-outbox__correct');
    await on(page, `${base}/purchase`);
    assert.match(visible(await page.textContent('.app-error-summary')), /today or in the past/, 'the server\'s error is shown on its page');
    assert.equal(await page.inputValue('#where-bought'), 'shop', 'the answers are back');
    assert.equal(await page.locator('.app-outbox').count(), 0);
    await page.fill('#purchase-date-day', '2');
    await next(page);
    await page.goto(`${BASE}${base}/check-answers`);
    await on(page, `${base}/check-answers`);
    await next(page);
    await on(page, `${base}/confirmation`);
    await page.waitForSelector('.app-panel__reference', { timeout: 15000 });
    const rows = storedWith(email);
    assert.equal(rows.length, 1, 'stored once');
    assert.deepEqual(rows[0].answers['purchase-date'], ['2', '2', '2026']);
    assert.deepEqual(problems.filter((p) => !/Failed to (fetch|load resource)|ERR_INTERNET_DISCONNECTED|status of 400/.test(p)), []);
    await context.close();
  });

  it('an application for a version of the service the server no longer has is not retried for ever: it is taken back and sent again', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const email = uniqueEmail('gone');
    await sendOffline(context, page, email);
    let tries = 0;
    await page.route('**/api/submissions', (route) => {
      tries += 1;
      return route.fulfill({ status: 404, contentType: 'application/json', body: '{"code":"unknown-service"}' });
    });
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await context.setOffline(false);
    await page.waitForSelector('.app-outbox__refused', { timeout: 15000 });
    const done = await rounds(page);
    await page.click('text=Send now');
    await roundAfter(page, done);
    assert.equal(tries, 1, 'not sent again by itself');
    await page.unroute('**/api/submissions');
    await page.click('.app-outbox__correct');
    await on(page, `${base}/check-answers`);
    await next(page);
    await page.waitForSelector('.app-panel__reference', { timeout: 15000 });
    assert.equal(storedWith(email).length, 1, 'stored once');
    await context.close();
  });

  it('a damaged outbox entry is skipped and never blocks the app', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('portal', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'idempotency_key' });
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put({ idempotency_key: 'damaged-0001', service: 'product-quality-complaint', version: 'one', answers: 42 });
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    await waitForPage(page);
    // The list arrives with the catalogue data; a damaged entry must not stop it from showing.
    await page.locator('.app-service-list__link').first().waitFor({ state: 'visible', timeout: 15000 });
    await page.click('.app-service-list__link >> nth=0');
    await waitForPage(page);
    assert.deepEqual(problems.filter((p) => !/damaged entry/.test(p)), []);
    await context.close();
  });

  it('a new version is offered, applied when the citizen chooses, and keeps the draft', async () => {
    // Its own server over a copy of dist/, so that releasing a new version here leaves the
    // other tests alone.
    const release = await privateServer();
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    try {
      await page.goto(`${release.url}${base}/product`);
      await waitForPage(page);
      await controlled(page);
      await page.fill('#product', 'kettle MK-15');
      // The next deployment: a changed service worker (its compressed copies go with it).
      const worker = join(release.dist, 'sw.js');
      writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// next build\n`);
      // A later release has a later date (the server answers by Last-Modified, to the second).
      const later = new Date(Date.now() + 60000);
      utimesSync(worker, later, later);
      for (const copy of ['sw.js.br', 'sw.js.gz']) rmSync(join(release.dist, copy), { force: true });
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.waitForSelector('.app-update-notice__body', { timeout: 20000 });
      assert.equal(await page.inputValue('#product'), 'kettle MK-15', 'nothing reloaded by itself');
      await Promise.all([page.waitForEvent('load'), page.click('text=Use the new version')]);
      await waitForPage(page);
      assert.equal(await page.inputValue('#product'), 'kettle MK-15', 'the draft survived the update');
      assert.equal(await page.locator('.app-update-notice__body').count(), 0, 'the notice is gone once updated');
    } finally {
      await context.close();
      release.stop();
    }
  });
});
