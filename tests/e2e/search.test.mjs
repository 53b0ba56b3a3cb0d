// Search on the device: forgiving matching in every script, pinyin and its initials for Chinese,
// the number of results announced in a polite live region, the query kept in the address, and
// search working offline after one visit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launch, openPage, visible, visit, waitForPage } from './portal.mjs';
import { until, workerSettled } from './outbox.mjs';

/** Types `query` into the search page's box and returns the ids of the services listed. */
async function search(page, query) {
  await page.fill('#search-query', query);
  await page.waitForFunction(() => document.querySelector('.app-search__count')?.textContent.trim());
  return page.$$eval('.app-service-list__link', (links) => links.map((a) => a.getAttribute('href').split('/').pop()));
}

describe('search', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('finds a service by Chinese characters, pinyin, initials and full-width input', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await visit(page, '/search');
    assert.deepEqual(await search(page, '身份证'), ['id-card-replacement']);
    assert.deepEqual(await search(page, 'sfz'), ['id-card-replacement']);
    assert.deepEqual(await search(page, 'shenfenzheng'), ['id-card-replacement']);
    assert.deepEqual(await search(page, 'ＳＦＺ'), ['id-card-replacement'], 'full-width letters');
    assert.deepEqual(await search(page, 'yanglaojin'), ['pension-certification']);
    assert.deepEqual(await search(page, 'zlts'), ['product-quality-complaint'], '质量投诉 by its initials');
    assert.deepEqual(await search(page, '招商'), ['business-enquiry']);
    assert.match(visible(await page.locator('.app-search__count').innerText()), /找到 1 项服务/);
    assert.equal(await page.getAttribute('.app-search__count', 'aria-live'), 'polite');
    assert.equal(new URL(page.url()).searchParams.get('q'), '招商', 'the query is kept in the address');
    assert.deepEqual(await search(page, 'xyzxyz'), []);
    assert.match(visible(await page.locator('.app-search__count').innerText()), /没有找到服务/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('finds Uyghur and Tibetan services however the query was typed', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ug' });
    await visit(page, '/search?lang=ug');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.deepEqual(await search(page, 'كىملىك'), ['id-card-replacement']);
    // Without the hamza Uyghur words start with, and with a Persian-keyboard kaf.
    assert.deepEqual(await search(page, 'الماشتۇرۇش'), ['id-card-replacement']);
    assert.deepEqual(await search(page, 'کىملىک'), ['id-card-replacement']);
    assert.deepEqual(await search(page, 'پېنسىيە'), ['pension-certification']);
    assert.deepEqual(await axeViolations(page), []);

    await visit(page, '/search?lang=bo');
    assert.deepEqual(await search(page, 'གསོ་ཕོགས'), ['pension-certification']);
    assert.deepEqual(await search(page, 'གསོཕོགས།'), ['pension-certification'], 'without tsheg, with a shad');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the home page search form leads to the results without a reload, and search works offline', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await visit(page, '/');
    await page.evaluate(() => { window.portalSamePage = true; });
    await page.fill('#home-search', 'pension & care');
    await page.press('#home-search', 'Enter');
    await page.waitForFunction(() => location.pathname === '/search');
    await waitForPage(page);
    assert.equal(await page.evaluate(() => window.portalSamePage), true, 'an in-app navigation, not a reload');
    assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('q')), 'pension & care');
    await page.fill('#search-query', 'pension');
    await page.waitForSelector('.app-service-list__link');
    assert.deepEqual(await page.$$eval('.app-service-list__link', (l) => l.map((a) => a.getAttribute('href'))), ['/services/pension-certification']);
    assert.equal(await page.inputValue('#search-query'), 'pension');
    // The worker has the page, the code and the index now.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    await until(page, async () => {
      const names = await caches.keys();
      for (const name of names) {
        const cache = await caches.open(name);
        if (await cache.match('/locales/en/search.json')) return true;
      }
      return false;
    });
    // The results page itself, shown in place, is kept in the background.
    await workerSettled(page);
    await context.setOffline(true);
    await page.goto(`${page.url().split('/search')[0]}/search?q=complaint`);
    await waitForPage(page);
    await page.waitForSelector('.app-service-list__link');
    assert.deepEqual(await page.$$eval('.app-service-list__link', (l) => l.map((a) => a.getAttribute('href'))), ['/services/product-quality-complaint']);
    await context.setOffline(false);
    assert.deepEqual(problems.filter((p) => !/Failed to (fetch|load resource)|ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });
});
