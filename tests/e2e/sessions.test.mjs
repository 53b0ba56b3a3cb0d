// What the app holds while a citizen uses a service: errors on screen survive a language switch
// (the page is not rebuilt), every service opened runs under its own owner, so after "delete
// everything" no answer typed in an earlier service can be reached, and the outbox sends each
// application by one sender at a time, with one timer, however the connection flaps.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, message, openPage, visible, waitForPage } from './portal.mjs';
import { SERVICE, complain, next, on, roundAfter, rounds, sendOffline } from './outbox.mjs';

const base = `/services/${SERVICE}`;

describe('service sessions', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('errors on a question page stay on screen, in the new language, through a language switch', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE}${base}/product`);
    await on(page, `${base}/product`);
    await page.fill('#product', 'kettle');
    await next(page);
    await on(page, `${base}/purchase`);
    await page.fill('#where-bought', 'a market stall');
    await page.fill('#purchase-date-day', '31');
    await page.fill('#purchase-date-month', '2');
    await page.fill('#purchase-date-year', '2026');
    await next(page);
    await page.waitForSelector('.app-error-summary');
    const errorsBefore = await page.locator('.app-error-summary li').count();
    assert.ok(errorsBefore > 0);
    assert.equal(await page.getAttribute('#purchase-date-day', 'aria-invalid'), 'true');

    await page.click('.app-language-switcher__link[hreflang="zh-CN"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.waitForFunction(() => !/[A-Za-z]{4,}/.test(document.querySelector('.app-error-summary')?.innerText ?? 'gone'));
    assert.equal(await page.locator('.app-error-summary').count(), 1, 'the error summary is still there');
    assert.equal(await page.locator('.app-error-summary li').count(), errorsBefore);
    assert.ok(visible(await page.textContent('.app-error-summary')).includes(message('zh-CN', 'forms', 'forms-error-date-not-real')));
    assert.equal(await page.getAttribute('#purchase-date-day', 'aria-invalid'), 'true', 'the field is still marked');
    assert.equal(await page.inputValue('#where-bought'), 'a market stall', 'what was typed is still there');
    assert.ok(visible(await page.title()).startsWith(message('zh-CN', 'forms', 'forms-error-prefix')), 'the title still says there are errors');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('after "delete everything", no answer typed in an earlier service can be reached', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    // Answers in the complaint, then another service opened by links (no reload).
    await page.goto(`${BASE}${base}/product`);
    await on(page, `${base}/product`);
    await page.fill('#product', 'an earlier kettle');
    await next(page);
    await on(page, `${base}/purchase`);
    await page.click('.app-header__site-name');
    await waitForPage(page);
    await page.click('a[href="/services/business-enquiry"]');
    await on(page, '/services/business-enquiry');
    await page.click('.app-button--start >> nth=0');
    await on(page, '/services/business-enquiry/enquiry-type');
    await page.check('#enquiry-type-2');
    await next(page);
    await on(page, '/services/business-enquiry/sector');

    await page.click('text=Privacy notice');
    await page.waitForSelector('#forget-device');
    await page.click('#forget-device');
    await page.click('text=Yes, delete everything');
    await page.waitForSelector('text=Everything this site kept on this device has been deleted.');

    // Back through the history to both services' pages: nothing typed comes back.
    await page.goBack();
    await on(page, '/services/business-enquiry/sector');
    await page.goBack();
    await on(page, '/services/business-enquiry/enquiry-type');
    assert.equal(await page.locator('#enquiry-type-2').isChecked(), false, 'the later service forgot its answer');
    for (const path of ['/services/business-enquiry', '/', `${base}/purchase`]) {
      await page.goBack();
      await on(page, path);
    }
    await page.goBack();
    await on(page, `${base}/product`);
    assert.equal(await page.inputValue('#product'), '', 'the earlier service forgot its answer');
    // Its check-answers page has nothing to show either: it sends the citizen to the first page.
    await page.goto(`${BASE}${base}/check-answers`);
    await on(page, `${base}/product`);
    assert.equal(await page.inputValue('#product'), '');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('outbox senders', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('on a flapping connection each waiting application is sent by one sender, once per try', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await sendOffline(context, page, `flap-a-${Date.now()}@example.cn`);
    await complain(page, `flap-b-${Date.now()}@example.cn`);
    await next(page);
    await on(page, `${base}/confirmation`);
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await page.waitForFunction(() => document.querySelectorAll('.app-outbox__item').length === 2);

    // The server is slow to answer and then fails: every try is seen, and overlaps are counted.
    const sent = new Map();
    let inFlight = new Map();
    let overlaps = 0;
    let slow = 0;
    let release;
    let held = new Promise((resolve) => { release = resolve; });
    let arrived;
    const firstArrived = new Promise((resolve) => { arrived = resolve; });
    await page.route('**/api/submissions', async (route) => {
      arrived();
      const key = JSON.parse(route.request().postData()).idempotency_key;
      sent.set(key, (sent.get(key) ?? 0) + 1);
      inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
      if (inFlight.get(key) > 1) overlaps += 1;
      await held;
      // A slow server: an answer takes this long (phase two), so tries that a second timer
      // would start land while the first is still going.
      if (slow > 0) await new Promise((resolve) => { setTimeout(resolve, slow); });
      inFlight.set(key, inFlight.get(key) - 1);
      await route.fulfill({ status: 503, contentType: 'application/json', headers: { 'Retry-After': '30' }, body: '{"code":"unavailable"}' });
    });
    await context.setOffline(false);
    await firstArrived;
    // Only one round runs at a time, so the round counted next is the one holding this request.
    const done = await rounds(page);
    // The connection comes back five times while the first try is still under way (each time
    // the browser says so with an `online` event, as a flapping 2G link does).
    for (let flap = 0; flap < 5; flap += 1) {
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
    }
    release();
    await roundAfter(page, done);
    assert.equal(overlaps, 0, 'no application was sent twice at the same time');
    const tries = [...sent.values()];
    assert.equal(tries.length, 2, 'both applications were tried');
    // The round that was under way, and one more for the connection that came back during it.
    assert.ok(tries.every((n) => n >= 1 && n <= 2), `tries per application: ${tries}`);

    // The connection comes back three more times between tries; each time a try is made at
    // once and fails. One timer: the next automatic try still sends each application once (a
    // timer per failure would fire together and send each again).
    held = Promise.resolve();
    slow = 400;
    for (let flap = 0; flap < 3; flap += 1) {
      const before = await rounds(page);
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await roundAfter(page, before);
    }
    sent.clear();
    const before = await rounds(page);
    await roundAfter(page, before);
    assert.deepEqual([...sent.values()], [1, 1], 'one automatic try, not one per flap');
    await page.unroute('**/api/submissions');
    await context.close();
  });
});

describe('final refusals', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  /** Fills the complaint, has the server answer `status` with `body`, and sends it. */
  async function refusedWith(page, status, body) {
    let tries = 0;
    await complain(page, `refused-${status}-${Date.now()}@example.cn`);
    await page.route('**/api/submissions', (route) => {
      tries += 1;
      return route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    });
    const done = await rounds(page);
    await next(page);
    return { tries: () => tries, done };
  }

  it('409: says an application with other answers was already sent, with its reference, and does not send again', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const refusal = await refusedWith(page, 409, { code: 'idempotency-key-reused', reference: 'ABCD2345' });
    await page.waitForSelector('.app-notification--error');
    const text = visible(await page.textContent('.app-notification--error'));
    assert.equal(text, visible(message('en', 'forms', 'forms-send-already-sent').replace('{ $reference }', 'ABCD2345')));
    assert.equal(new URL(page.url()).pathname, `${base}/check-answers`, 'the answers are still there');
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await roundAfter(page, 0);
    assert.equal(await page.locator('.app-outbox').count(), 0, 'nothing left waiting to be sent again');
    assert.equal(refusal.tries(), 1);
    await context.close();
  });

  it('413: takes the citizen to the longest answer, marked too long to send', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await refusedWith(page, 413, { code: 'too-large' });
    // The email address is the longest of the complaint's answers.
    await on(page, `${base}/email`);
    await page.waitForSelector('.app-error-summary');
    assert.ok(visible(await page.textContent('.app-error-summary')).includes(message('en', 'forms', 'forms-error-too-long-to-send')));
    assert.match(await page.inputValue('#email'), /^refused-413-/, 'the answer is kept to shorten');
    await context.close();
  });

  it('415 and other refusals are final: said once with the code, kept on the page, never retried', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const refusal = await refusedWith(page, 415, { code: 'unsupported-media-type' });
    await page.waitForSelector('.app-notification--error');
    assert.equal(visible(await page.textContent('.app-notification--error')), visible(message('en', 'forms', 'forms-send-refused').replace('{ $status }', '415')));
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await roundAfter(page, refusal.done);
    assert.equal(refusal.tries(), 1, 'not sent again');
    await context.close();
  });

  it('a name pasted with a hidden right-to-left override gets a clear error, and a Uyghur name passes', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ug' });
    await complain(page, `hidden-${Date.now()}@example.cn`);
    await page.goto(`${BASE}${base}/name`);
    await on(page, `${base}/name`);
    await page.fill('#full-name', '\u202Eئابدۇرېھىم');
    await next(page);
    await page.waitForSelector('.app-error-summary');
    assert.ok(visible(await page.textContent('.app-error-summary')).includes(message('ug', 'forms', 'forms-error-hidden-characters')));
    await page.fill('#full-name', 'ئابدۇرېھىم ئابدۇللا');
    await next(page);
    await on(page, `${base}/check-answers`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
