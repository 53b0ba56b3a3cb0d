// Display settings and elder mode: one tap from every page, four text sizes, saved on the device
// and applied before first paint, reset, damaged values ignored, and the device's own contrast,
// colour-scheme and motion preferences followed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, axeViolations, launch, message, openPage, visible, visit, waitForPage } from './portal.mjs';

const rootSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodySize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

describe('display settings', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('elder mode is one tap away on every page, labelled in words, and stays on', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await visit(page, '/privacy');
    const toggle = page.locator('.app-header__elder-toggle');
    assert.equal(visible(await toggle.innerText()), message('zh-CN', 'shell', 'elder-mode-toggle'));
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.ok(await bodySize(page) < 18);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.ok(await bodySize(page) >= 18, 'body text at least 18 px');
    await visit(page, '/services/id-card-replacement');
    assert.equal(await page.locator('.app-header__elder-toggle').getAttribute('aria-pressed'), 'true', 'still on after navigating and reloading');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the saved settings apply before the app has even loaded', async () => {
    const { context, page } = await openPage(browser);
    await context.addInitScript(() => localStorage.setItem('portal.display', '{"elder":true,"textSize":3}'));
    // Hold the app back, and look at the page while only the static shell is there.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${BASE}/`, { waitUntil: 'domcontentloaded' });
    assert.ok(await page.locator('#app-static-shell').isVisible(), 'the app has not started');
    assert.equal(await page.getAttribute('html', 'data-elder'), '');
    assert.equal(await rootSize(page), 24, 'largest text size before first paint');
    release();
    await waitForPage(page);
    assert.equal(await rootSize(page), 24);
    await context.close();
  });

  it('four text sizes, applied at once, saved, and reset to standard', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await visit(page, '/settings');
    const sizes = [];
    for (const id of ['#text-size', '#text-size-1', '#text-size-2', '#text-size-3']) {
      await page.check(id);
      sizes.push(await rootSize(page));
    }
    assert.deepEqual(sizes, [16, 18, 20, 24]);
    assert.match(await page.textContent('#main-content [role=status]'), /saved on this device/);
    await page.check('#high-contrast');
    await page.check('#more-spacing');
    await page.reload();
    await waitForPage(page);
    assert.equal(await rootSize(page), 24);
    assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
    assert.equal(await page.isChecked('#more-spacing'), true);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(0, 0, 0)', 'high contrast text');
    await page.click('text=Reset to the standard display');
    assert.equal(await rootSize(page), 16);
    assert.equal(await page.getAttribute('html', 'data-contrast'), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('portal.display')), null, 'nothing left on the device');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('damaged or outdated settings are ignored without an error, each value on its own', async () => {
    // Each saved value is checked by itself: a damaged text size does not cost the elder mode.
    const cases = [['{"textSize":9,"elder":true}', 20], ['{"textSize":9}', 16], ['not json', 16], ['{"textSize":"big"}', 16], ['[]', 16], ['null', 16]];
    for (const [damaged, size] of cases) {
      const { context, page, problems } = await openPage(browser);
      await context.addInitScript((value) => localStorage.setItem('portal.display', value), damaged);
      await visit(page, '/');
      assert.equal(await rootSize(page), size, damaged);
      assert.deepEqual(problems, [], damaged);
      await context.close();
    }
  });

  it("follows the device's contrast, colour scheme and motion preferences", async () => {
    const { context, page } = await openPage(browser, { locale: 'ug' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await visit(page, '/services/id-card-replacement');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(11, 12, 12)', 'dark');
    assert.deepEqual(await axeViolations(page), [], 'axe in dark mode');
    await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(0, 0, 0)', 'more contrast');
    assert.deepEqual(await axeViolations(page), [], 'axe with more contrast');
    await page.emulateMedia({ forcedColors: 'active' });
    assert.deepEqual(await axeViolations(page), [], 'axe with forced colours');
    await context.close();
  });
});
