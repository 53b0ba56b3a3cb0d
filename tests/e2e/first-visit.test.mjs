// A first visit costs only what it shows: with the service worker on, the home page, an
// information page and the accessibility statement, in zh-CN, ug and bo, cost at most 60 KB
// (page and worker, 20 s after load) and then open again with the network off. A service's
// journey is kept once started; "keep on this phone" keeps a service never opened; with
// Save-Data nothing is fetched that the page does not show; after a new version, a returning
// citizen downloads only the files that changed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, launch, message, openPage, privateServer, visible, waitForPage } from './portal.mjs';
import { controlled, workerSettled } from './outbox.mjs';

const LANGUAGES = ['zh-CN', 'ug', 'bo'];
const PAGES = [
  { path: '/', file: 'pages', title: 'home-title' },
  { path: '/services/id-card-replacement', file: 'services/id-card-replacement', title: 'name' },
  { path: '/accessibility', file: 'statements', title: 'accessibility-title' },
];

/**
 * Every request that went to the network (the page's, unless the worker answered it, and the
 * worker's own), with its bytes on the wire.
 */
function countRequests(context) {
  const sizes = [];
  context.on('requestfinished', (request) => {
    sizes.push((async () => {
      const worker = request.serviceWorker() !== null;
      const response = await request.response();
      if (!worker && response && response.fromServiceWorker()) return null;
      const s = await request.sizes();
      return { url: request.url(), bytes: s.requestHeadersSize + s.responseHeadersSize + s.responseBodySize, worker };
    })().catch(() => null));
  });
  return async () => (await Promise.all(sizes)).filter(Boolean);
}

describe('first visits with the service worker', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('home, an information page and the statement: at most 60 KB with the worker, then open offline', async () => {
    const visits = [];
    for (const lang of LANGUAGES) {
      for (const target of PAGES) {
        visits.push((async () => {
          const { context, page } = await openPage(browser, { locale: lang });
          const requests = countRequests(context);
          await page.goto(`${BASE}${target.path}?lang=${lang}`);
          await controlled(page);
          // Everything the page and its worker do within 20 s of loading is counted.
          await new Promise((resolve) => { setTimeout(resolve, 20000); });
          await workerSettled(page);
          const all = await requests();
          const bytes = all.reduce((sum, r) => sum + r.bytes, 0);
          await context.setOffline(true);
          await page.reload();
          const h1 = visible(await page.locator('h1').innerText());
          await context.close();
          return { lang, path: target.path, bytes, requests: all.length, h1, expected: visible(message(lang, target.file, target.title)), urls: all.map((r) => r.url) };
        })());
      }
    }
    for (const visit of await Promise.all(visits)) {
      assert.ok(visit.bytes <= 60 * 1024, `${visit.lang} ${visit.path}: ${visit.bytes} bytes in ${visit.requests} requests: ${visit.urls.join(' ')}`);
      assert.equal(visit.h1, visit.expected, `${visit.lang} ${visit.path} opens offline in its language`);
      console.log(`first visit with the worker, ${visit.lang} ${visit.path}: ${visit.bytes} bytes, ${visit.requests} requests`);
    }
  });

  it('"keep on this phone" makes a service never opened work offline, after saying how much it downloads', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE}/services/business-enquiry`);
    await waitForPage(page);
    await controlled(page);
    await page.click('.app-keep button');
    await page.waitForSelector('.app-keep :text("This will download about")');
    const size = visible(await page.textContent('.app-keep'));
    assert.match(size, /about \d+ KB/);
    await page.click('.app-keep button.app-button:not(.app-button--secondary)');
    await page.waitForSelector(`.app-keep__status:has-text("${visible(message('en', 'keep', 'keep-done'))}")`, { timeout: 30000 });
    await context.setOffline(true);
    await page.reload();
    await waitForPage(page);
    await page.click('.app-button--start >> nth=0');
    await page.waitForFunction(() => location.pathname === '/services/business-enquiry/enquiry-type');
    await waitForPage(page);
    await page.check('#enquiry-type-2');
    await page.click('#main-content form button[type=submit]');
    await page.waitForFunction(() => location.pathname === '/services/business-enquiry/sector');
    await waitForPage(page);
    // Undone: no longer kept.
    await context.setOffline(false);
    await page.goto(`${BASE}/services/business-enquiry`);
    await waitForPage(page);
    await page.waitForSelector('.app-keep :text("Remove it from this phone")');
    await page.click('.app-keep button');
    await page.waitForSelector(`.app-keep__status:has-text("${visible(message('en', 'keep', 'keep-removed'))}")`);
    assert.deepEqual(problems.filter((p) => !/Failed to (fetch|load resource)|ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });

  it('with Save-Data on, nothing is fetched that the page does not show, and the keep control says so', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, addEventListener() {} }, configurable: true });
    });
    const requests = countRequests(context);
    await page.goto(`${BASE}/services/product-quality-complaint/product`);
    await waitForPage(page);
    await controlled(page);
    await workerSettled(page);
    const fetchedByWorker = (await requests()).filter((r) => r.worker).map((r) => new URL(r.url).pathname);
    // Without Save-Data the worker would fetch the rest of the journey (the outbox's sender).
    assert.deepEqual(fetchedByWorker.filter((p) => p.includes('send_waiting') || p.includes('outbox_renderer')), [], `${fetchedByWorker}`);
    await page.goto(`${BASE}/services/product-quality-complaint`);
    await waitForPage(page);
    await page.click('.app-keep button');
    await page.waitForSelector(`.app-keep :text("${visible(message('en', 'keep', 'keep-save-data')).slice(0, 30)}")`);
    await context.close();
  });
});

describe('updates', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('after a new version, a returning citizen downloads only the files that changed', async () => {
    const release = await privateServer();
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    try {
      await page.goto(`${release.url}/services/product-quality-complaint/product`);
      await waitForPage(page);
      await controlled(page);
      await workerSettled(page);
      // The next deployment changes the style sheet only: a new name for new content.
      const css = readdirSync(release.dist).find((f) => /^portal-[0-9a-f]+\.css$/.test(f));
      const changed = css.replace(/-[0-9a-f]+\.css$/, '-00000000000000ab.css');
      writeFileSync(join(release.dist, changed), `${readFileSync(join(release.dist, css), 'utf8')}\n/* next */\n`);
      const rename = (file) => {
        const path = join(release.dist, file);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll(css, changed).replace(/integrity="?sha384-[^" >]+"? (?=rel=stylesheet)/, ''));
        for (const copy of ['.br', '.gz']) rmSync(`${path}${copy}`, { force: true });
      };
      rename('index.html');
      for (const lang of ['zh-CN', 'en', 'ug', 'bo']) {
        for (const file of readdirSync(join(release.dist, 'pages', lang), { recursive: true })) {
          if (String(file).endsWith('.html')) rename(join('pages', lang, String(file)));
        }
      }
      const worker = join(release.dist, 'sw.js');
      const source = readFileSync(worker, 'utf8');
      const content = /const CONTENT = (\{.*?\});/.exec(source)[1];
      const files = JSON.parse(content);
      files[`/${changed}`] = ['00000000000000ab', files[`/${css}`][1]];
      delete files[`/${css}`];
      writeFileSync(worker, source.replace(content, JSON.stringify(files)).replace(/const BUILD = '[^']*'/, "const BUILD = 'next'").replace(JSON.stringify(`/${css}`), JSON.stringify(`/${changed}`)));
      const later = new Date(Date.now() + 60000);
      utimesSync(worker, later, later);
      for (const copy of ['sw.js.br', 'sw.js.gz']) rmSync(join(release.dist, copy), { force: true });

      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.waitForSelector('.app-update-notice__body', { timeout: 20000 });
      const requests = countRequests(context);
      await Promise.all([page.waitForEvent('load'), page.click('text=Use the new version')]);
      await waitForPage(page);
      await workerSettled(page);
      const downloaded = (await requests()).map((r) => new URL(r.url).pathname).filter((p) => p !== '/sw.js');
      const built = downloaded.filter((p) => /\.(wasm|js|css)$/.test(p));
      assert.deepEqual(built, [`/${changed}`], `only the changed file: ${downloaded}`);
    } finally {
      await context.close();
      release.stop();
    }
  });
});
