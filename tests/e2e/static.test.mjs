// Static-first pages: the home page, every information page, the statements, the settings page
// and "page not found" arrive complete from portal-server, in the citizen's language, rendered
// at build time by the app's own components. They read and work with scripts off (links,
// language switcher, elder mode, text size), "Start now" says what to do where the form cannot
// run, the app takes a page over without changing what it shows, and a first visit stays
// within its byte budget.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGUAGES, axeViolations, launch, message, openPage, visible } from './portal.mjs';

const SERVICES = ['id-card-replacement', 'pension-certification', 'business-enquiry', 'product-quality-complaint',
  'science-project-application', 'public-consultation', 'website-problem'];
const PAGES = [
  { path: '/', file: 'pages', title: 'home-title' },
  { path: '/accessibility', file: 'statements', title: 'accessibility-title' },
  { path: '/privacy', file: 'statements', title: 'privacy-title' },
  { path: '/settings', file: 'settings', title: 'settings-title' },
  { path: '/no-such-page', file: 'pages', title: 'not-found-title', status: 404 },
  ...SERVICES.map((id) => ({ path: `/services/${id}`, file: `services/${id}`, title: 'name' })),
];
const MESSAGE_ID = /(^|\s)[a-z]+(-[a-z0-9]+){2,}(\s|$)/;

/** A context with scripts off, as on a phone with JavaScript disabled. */
function noScript(browser, locale = 'zh-CN') {
  return browser.newContext({ javaScriptEnabled: false, locale });
}

/**
 * The page at `url` as a browser without scripts shows it, in a context where axe can run: the
 * same document with its scripts taken out (and `<noscript>` shown).
 */
async function withoutScripts(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route((u) => u.href === url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script[^>]*><\/script>/g, '')
      .replace(/<link[^>]*preload[^>]*>/g, '')
      .replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(url);
  return { context, page };
}

/** The content of `main` as structure and text, in any attribute order, without the parts
 * that depend on the device (read aloud follows the device's voices). */
function canonicalMain(page) {
  return page.evaluate(() => {
    const skip = '.app-read-aloud';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data.trim() === '' ? '' : node.data.replace(/\s+/g, ' ');
      if (node.nodeType !== Node.ELEMENT_NODE || node.matches(skip)) return '';
      const attributes = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
      return `<${node.localName} ${attributes}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
    };
    return walk(document.querySelector('#main-content')).replace(/\s+/g, ' ');
  });
}

describe('static-first pages without scripts', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('every page reads fully in every language, with lang, dir, title and h1, axe-clean', async () => {
    for (const language of LANGUAGES) {
      const context = await noScript(browser);
      const page = await context.newPage();
      for (const target of PAGES) {
        const url = `${BASE}${target.path}?lang=${language.code}`;
        const response = await page.goto(url);
        assert.equal(response.status(), target.status ?? 200, url);
        assert.equal(await page.getAttribute('html', 'lang'), language.code, url);
        assert.equal(await page.getAttribute('html', 'dir'), language.dir, url);
        const h1 = visible(await page.locator('h1').innerText());
        assert.equal(h1, visible(message(language.code, target.file, target.title)), url);
        assert.equal(await page.locator('h1').count(), 1, url);
        assert.ok(visible(await page.title()).startsWith(h1), `${url}: title`);
        const text = visible(await page.locator('body').innerText());
        assert.doesNotMatch(text, MESSAGE_ID, `${url}: a message id is showing`);
        const checked = await withoutScripts(browser, url);
        assert.deepEqual(await axeViolations(checked.page), [], `axe ${url}`);
        await checked.context.close();
      }
      await context.close();
    }
  });

  it('the language switcher, topics, services and footer are links that work', async () => {
    const context = await noScript(browser, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'Accept-Language');
    await page.click('.app-language-switcher__link[hreflang="ug"]');
    assert.equal(await page.getAttribute('html', 'lang'), 'ug');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.click('a[href="/services/business-enquiry"]');
    assert.equal(new URL(page.url()).pathname, '/services/business-enquiry');
    assert.equal(visible(await page.locator('h1').innerText()), visible(message('ug', 'services/business-enquiry', 'name')), 'the choice is remembered');
    await page.click('.app-footer__link[href="/accessibility"]');
    assert.equal(visible(await page.locator('h1').innerText()), visible(message('ug', 'statements', 'accessibility-title')));
    await page.click('.app-header__site-name');
    assert.equal(new URL(page.url()).pathname, '/');
    await context.close();
  });

  it('elder mode and text size can be chosen, and stay chosen on every page', async () => {
    const context = await noScript(browser, 'zh-CN');
    const page = await context.newPage();
    await page.goto(`${BASE}/services/id-card-replacement`);
    assert.equal(await page.getAttribute('.app-header__elder-toggle', 'aria-pressed'), 'false');
    const bodyBefore = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    await page.click('.app-header__elder-toggle');
    assert.equal(new URL(page.url()).pathname, '/services/id-card-replacement', 'back on the same page');
    assert.equal(await page.getAttribute('html', 'data-elder'), '');
    assert.equal(await page.getAttribute('.app-header__elder-toggle', 'aria-pressed'), 'true');
    const bodyElder = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    assert.ok(parseFloat(bodyElder) >= 18 && parseFloat(bodyElder) > parseFloat(bodyBefore), `${bodyBefore} → ${bodyElder}`);

    await page.goto(`${BASE}/settings`);
    assert.equal(await page.isChecked('#elder-mode'), true, 'the settings page shows elder mode on');
    await page.check('#text-size-3');
    await page.click('#main-content button[type=submit]:not([name])');
    assert.equal(new URL(page.url()).pathname, '/settings');
    assert.equal(await page.getAttribute('html', 'data-text-size'), '3');
    assert.equal(await page.isChecked('#text-size-3'), true);
    await page.goto(`${BASE}/privacy`);
    assert.equal(await page.getAttribute('html', 'data-text-size'), '3', 'on every page');
    assert.equal(await page.getAttribute('html', 'data-elder'), '');
    await page.goto(`${BASE}/settings`);
    await page.click('button[name=reset]');
    assert.equal(await page.getAttribute('html', 'data-text-size'), null, 'reset');
    assert.equal(await page.getAttribute('html', 'data-elder'), null);
    await context.close();
  });

  it('"Start now" leads to a page that says the form needs a newer browser, with the in-person and phone channels', async () => {
    for (const language of LANGUAGES) {
      const context = await noScript(browser);
      const page = await context.newPage();
      await page.goto(`${BASE}/services/pension-certification?lang=${language.code}`);
      await page.click('.app-button--start >> nth=0');
      assert.match(new URL(page.url()).pathname, /^\/services\/pension-certification\/[a-z-]+$/);
      const text = visible(await page.locator('body').innerText());
      assert.ok(text.includes(visible(message(language.code, 'forms', 'forms-unavailable-body'))), language.code);
      const phone = message(language.code, 'services/pension-certification', 'info-phone').split('\n')[0];
      assert.ok(text.includes(visible(phone).slice(0, 20)), `${language.code}: the phone channel`);
      assert.equal(visible(await page.locator('h1').innerText()), visible(message(language.code, 'services/pension-certification', 'name')));
      const checked = await withoutScripts(browser, page.url());
      assert.deepEqual(await axeViolations(checked.page), [], `axe ${language.code}`);
      await checked.context.close();
      await context.close();
    }
  });

  it('a browser without WebAssembly is told the same on a form page, and content pages still read', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await context.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(`${BASE}/services/pension-certification/who`);
    await page.waitForSelector('#app-form-unavailable');
    assert.ok(visible(await page.locator('body').innerText()).includes(visible(message('en', 'forms', 'forms-unavailable-body'))));
    await page.goto(`${BASE}/services/pension-certification`);
    await page.keyboard.press('Tab');
    assert.equal(visible(await page.locator('h1').innerText()), visible(message('en', 'services/pension-certification', 'name')));
    await context.close();
  });

  it('an unknown address is a 404 page; a damaged or unknown language cookie falls back along the chain', async () => {
    const context = await noScript(browser, 'bo');
    await context.addCookies([{ name: 'portal-lang', value: '%3Cscript%3E', url: BASE }]);
    const page = await context.newPage();
    const response = await page.goto(`${BASE}/services/no-such-service`);
    assert.equal(response.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'bo', 'the damaged cookie is ignored; the browser asks for Tibetan');
    assert.equal(visible(await page.locator('h1').innerText()), visible(message('bo', 'pages', 'not-found-title')));
    await context.addCookies([{ name: 'portal-lang', value: 'xx', url: BASE }]);
    await page.goto(`${BASE}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'bo');
    await context.close();
  });
});

describe('the app takes a complete page over', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  /** Loads `url`, which arrives complete, then does what starts the app and waits for it. */
  async function takenOver(page, url) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const before = await canonicalMain(page);
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => !document.getElementById('app-static-shell') && document.getElementById('app-root')?.hidden === false, null, { timeout: 20000 });
    return before;
  }

  it('the pre-rendered main content is what the app renders, for every page in every language', async () => {
    for (const language of LANGUAGES) {
      for (const target of PAGES) {
        const { context, page, problems } = await openPage(browser, { locale: language.code });
        const url = `${BASE}${target.path}?lang=${language.code}`;
        const prerendered = await takenOver(page, url);
        assert.equal(await canonicalMain(page), prerendered, `${language.code} ${target.path}`);
        assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), [], url);
        await context.close();
      }
    }
  });

  it('the wasm waits for the citizen: nothing but the page, its style and two small scripts before they act', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${BASE}/services/id-card-replacement`);
    await page.waitForLoadState('networkidle');
    assert.equal(fetched.filter((p) => p.endsWith('.wasm')).length, 0, `${fetched}`);
    // Following a link is a page load; it does not start the app.
    await page.hover('.app-footer__link[href="/privacy"]');
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForLoadState('networkidle');
    assert.equal(fetched.filter((p) => p.endsWith('.wasm')).length, 0, 'following a link loads no wasm');
    await context.close();
  });

  it('takes over without losing focus or scroll, and then navigates in place', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB', viewport: { width: 360, height: 640 } });
    await page.goto(`${BASE}/services/science-project-application`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.focus('.app-footer__link[href="/privacy"]');
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => { window.notReloaded = true; });
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => !document.getElementById('app-static-shell'), null, { timeout: 20000 });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '/privacy', 'focus stays on the same link');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#app-root') !== null), true, 'now in the app');
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'scroll stays');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.pathname === '/privacy');
    await page.waitForSelector(`h1:has-text("${visible(message('en', 'statements', 'privacy-title'))}")`);
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'in-app navigation, no reload');
    await context.close();
  });
});

describe('typing before the app has taken over', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('what the citizen typed in the search box stays, with the focus, when the app takes over', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE}/?lang=en`);
    await page.waitForLoadState('networkidle');
    // The first key starts the app; the rest are typed while it loads.
    await page.type('#home-search', 'pension');
    await page.waitForFunction(() => !document.getElementById('app-static-shell'), null, { timeout: 20000 });
    assert.equal(await page.inputValue('#home-search'), 'pension');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'home-search');
    await page.press('#home-search', 'Enter');
    await page.waitForFunction(() => location.pathname === '/search');
    assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('q')), 'pension');
    await context.close();
  });
});

describe('first-visit budgets (on the wire, brotli, headers included, no service worker)', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  /** Every byte and request of a first visit to `path` until the network is quiet. */
  async function firstVisit(path, locale, ready) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const finished = [];
    page.on('requestfinished', (request) => finished.push(request.sizes().then((s) => s.requestHeadersSize + s.responseHeadersSize + s.responseBodySize)));
    await page.goto(BASE + path);
    if (ready) await ready(page);
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(finished);
    await context.close();
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length };
  }

  it('home, every information page and the statements: at most 40 KB and 8 requests before the citizen acts', async () => {
    const largest = { bytes: 0, requests: 0 };
    for (const language of LANGUAGES) {
      for (const target of PAGES.filter((p) => !p.status && p.path !== '/settings')) {
        const visit = await firstVisit(`${target.path}?lang=${language.code}`, language.code);
        assert.ok(visit.bytes <= 40 * 1024, `${language.code} ${target.path}: ${visit.bytes} bytes`);
        assert.ok(visit.requests <= 8, `${language.code} ${target.path}: ${visit.requests} requests`);
        largest.bytes = Math.max(largest.bytes, visit.bytes);
        largest.requests = Math.max(largest.requests, visit.requests);
      }
    }
    console.log(`largest first visit to a content page: ${largest.bytes} bytes, ${largest.requests} requests`);
  });

  // The aim is 200 KB; the app and its journey chunks weigh more than that today: 302–304 KB on
  // 2026-12-02; 324–328 KB on 2026-12-03 in 46 requests (29 wasm chunks of the journey, each
  // with about 800 bytes of HTTP/1.1 headers; Mongolian's texts the largest), with the figures in
  // the README. This holds the line near where it is (the count varies by a few KB with timing),
  // so it can only go down. A phone without Noto Sans Mongolian also fetches the 23 KB font.
  it('the first question page of a service opened directly: no more than 330 KB', async () => {
    for (const language of LANGUAGES) {
      const visit = await firstVisit(`/services/id-card-replacement/reason?lang=${language.code}`, language.code,
        (page) => page.waitForSelector('#main-content h1:not(:empty)', { timeout: 30000 }));
      console.log(`first question page, ${language.code}: ${visit.bytes} bytes, ${visit.requests} requests`);
      assert.ok(visit.bytes <= 330 * 1024, `${language.code}: ${visit.bytes} bytes in ${visit.requests} requests`);
    }
  });
});
