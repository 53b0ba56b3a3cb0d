// "Delete everything from this device" on the privacy notice, for shared phones: drafts, waiting
// applications, settings, the language choice and the cached copies of the services opened are
// gone afterwards (also the answers the open service kept in memory); an unsent application is
// named in the confirmation and never sent; the portal itself still opens offline.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeViolations, launch, message, openPage, stored, visible, visit, waitForPage } from './portal.mjs';
import { SERVICE, controlled, next, on, outboxEntries, roundAfter, sendOffline } from './outbox.mjs';

const base = `/services/${SERVICE}`;

/** What the portal keeps on the device: storage keys, outbox entries and caches. */
async function kept(page) {
  const stored = await page.evaluate(async () => {
    const keys = (storage) => Object.keys(storage).filter((k) => k.startsWith('portal.')).sort();
    return { local: keys(localStorage), session: keys(sessionStorage), caches: (await caches.keys()).map((k) => k.replace(/-[0-9a-f]+$/, '')).sort() };
  });
  return { ...stored, outbox: (await outboxEntries(page)).length };
}

describe('privacy: delete everything from this device', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('deletes drafts, waiting applications, settings and visited services, after a confirmation naming what is unsent', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    const email = `forget-${Date.now()}@example.cn`;
    // The privacy notice was read once (so it opens offline), then an application sent offline
    // waits on the device.
    await visit(page, '/privacy');
    await controlled(page);
    await visit(page, '/privacy');
    await sendOffline(context, page, email);
    // A second complaint is being typed: a draft, and answers held by the open service.
    await page.goto(`${BASE}${base}/product`);
    await waitForPage(page);
    await page.fill('#product', 'a second kettle');
    await next(page);
    await on(page, `${base}/purchase`);
    await page.click('.app-header__elder-toggle');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-elder'));
    await page.click('.app-language-switcher__link[hreflang="en"]');
    const before = await kept(page);
    assert.ok(before.local.includes(`portal.draft.${SERVICE}`), 'a draft is kept');
    assert.ok(before.local.includes('portal.display'), 'settings are kept');
    assert.equal(before.outbox, 1, 'one application waits');
    assert.ok(before.caches.includes('portal-runtime'), 'the service is cached');

    // Client-side navigation, so the open service's answers stay in memory.
    await page.click('text=Privacy notice');
    await page.waitForSelector('h1:has-text("Privacy notice")');
    await page.click('#forget-device');
    await page.waitForSelector('.app-forget__confirm');
    // Focus moves once the question is drawn (the next animation frame).
    await page.waitForFunction(() => document.activeElement?.className === 'app-forget__confirm', null, { timeout: 2000 });
    assert.match(visible(await page.textContent('.app-forget__unsent')), /not been sent yet: \D?1\D?\. If you delete everything, they will not be sent\./);
    assert.deepEqual(await axeViolations(page), [], 'axe while asking');
    await page.click('text=No, keep it');
    await page.waitForFunction(() => document.activeElement.id === 'forget-device', null, { timeout: 2000 });
    assert.deepEqual(await kept(page), before, 'keeping deletes nothing');

    await page.click('#forget-device');
    await page.click('text=Yes, delete everything');
    await page.waitForSelector('text=Everything this site kept on this device has been deleted.');
    await page.waitForFunction(() => document.activeElement.id === 'forget-heading', null, { timeout: 2000 });
    assert.equal(await page.getAttribute('html', 'data-elder'), null, 'standard display again');
    const afterwards = await kept(page);
    assert.deepEqual(afterwards.local, [], 'nothing in local storage');
    assert.deepEqual(afterwards.session, [], 'nothing in tab storage');
    assert.equal(afterwards.outbox, 0, 'nothing waits');
    assert.deepEqual(afterwards.caches, ['portal-assets'], 'only the app itself is still cached');
    assert.deepEqual(await axeViolations(page), [], 'axe after deleting');

    // Back to the open service without a reload: what was typed is gone there too.
    await context.setOffline(false);
    await page.goBack();
    await on(page, `${base}/purchase`);
    await page.goBack();
    await on(page, `${base}/product`);
    assert.equal(await page.inputValue('#product'), '', 'the answer is gone from the open form');

    // The deleted application is never sent, and the portal itself still opens offline.
    await page.goto(`${BASE}/`);
    await waitForPage(page);
    await roundAfter(page, 0);
    assert.equal(await page.locator('.app-outbox').count(), 0);
    assert.equal(stored(SERVICE).filter((row) => row.answers.email?.[0] === email).length, 0, 'never sent');
    await context.setOffline(true);
    await page.reload();
    await waitForPage(page);
    assert.ok(visible(await page.textContent('h1')).length > 0, 'the home page opens offline');
    assert.deepEqual(problems.filter((p) => !/Failed to (fetch|load resource)|ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });
});

describe('privacy: the confirmation in Uyghur, in elder mode', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('is right to left, axe-clean, with 60 px targets, and worded in Uyghur', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ug', viewport: { width: 320, height: 640 } });
    await context.addInitScript(() => localStorage.setItem('portal.display', '{"elder":true}'));
    await page.goto(`${BASE}/privacy?lang=ug`);
    await waitForPage(page);
    await page.click('#forget-device');
    await page.waitForSelector('.app-forget__confirm');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const buttons = await page.$$eval('.app-forget__confirm button', (list) => list.map((b) => {
      const box = b.getBoundingClientRect();
      return { text: b.textContent.trim(), width: box.width, height: box.height, right: box.right };
    }));
    assert.deepEqual(buttons.map((b) => b.text), [message('ug', 'statements', 'privacy-delete-keep'), message('ug', 'statements', 'privacy-delete-yes')]);
    for (const b of buttons) assert.ok(b.width >= 60 && b.height >= 60, `${b.text}: ${b.width}×${b.height}`);
    const main = await page.$eval('main', (m) => m.getBoundingClientRect().right);
    assert.ok(main - buttons[0].right < 40, 'the first button starts on the right');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 320 px');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
