// Language negotiation and switching: saved choice, browser preference, bad codes, switching in
// place without a reload, persistence, and a language file that fails to load.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGUAGES, launch, message, openPage, visible, visit, waitForPage } from './portal.mjs';

const h1 = async (page) => visible(await page.locator('h1').innerText());

describe('language', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('follows the browser preference when nothing is saved', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await visit(page, '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await h1(page), message('en', 'pages', 'home-title'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('falls back to Simplified Chinese when the browser asks for a language we do not offer', async () => {
    const { context, page } = await openPage(browser, { locale: 'fr-FR' });
    await visit(page, '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(await h1(page), message('zh-CN', 'pages', 'home-title'));
    await context.close();
  });

  it('switches text, lang and dir in place, keeps the page, and remembers the choice', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await visit(page, '/accessibility');
    await page.evaluate(() => { window.notReloaded = true; });

    await page.locator('.app-language-switcher__link[hreflang="ug"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ug');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await h1(page), message('ug', 'statements', 'accessibility-title'));
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'no reload');
    assert.equal(new URL(page.url()).pathname, '/accessibility', 'same page');
    assert.equal(await page.locator('.app-language-switcher__link[aria-current="true"]').getAttribute('hreflang'), 'ug');
    assert.equal(await page.locator('.app-language-switcher__link[aria-current]').count(), 1);

    await page.reload();
    await waitForPage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ug', 'the choice survives a reload');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('names every language in its own script, marked with its own lang', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/');
    for (const language of LANGUAGES) {
      const link = page.locator(`.app-language-switcher__link[hreflang="${language.code}"]`);
      assert.equal(await link.getAttribute('lang'), language.code);
      assert.equal(visible(await link.innerText()), language.endonym);
    }
    await context.close();
  });

  it('ignores a malformed saved language and an unknown one in the address', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await context.addInitScript(() => {
      localStorage.setItem('portal.language', '"><img src=x>');
      localStorage.setItem('portal.direction', 'sideways');
    });
    await visit(page, '/privacy?lang=xx-!!');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await h1(page), message('en', 'statements', 'privacy-title'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  // A page the app renders (a form's); pages sent complete read whatever the app fetches.
  for (const code of ['bo', 'mn-Mong', 'kk-Arab', 'ko']) {
    it(`renders from the next language in the chain when a ${code} file fails to load`, async () => {
      const { context, page } = await openPage(browser);
      await page.route(`**/locales/${code}/**`, (route) => route.fulfill({ status: 503, body: '' }));
      await page.goto(`${BASE}/services/id-card-replacement/reason?lang=${code}`);
      await waitForPage(page);
      assert.equal(await h1(page), message('zh-CN', 'services/id-card-replacement', 'reason-label'));
      assert.ok((await page.locator('.app-footer').innerText()).includes('12345'));
      await context.close();
    });
  }

  it('offers the seven languages, and a Korean browser gets Korean', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ko-KR' });
    await visit(page, '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await h1(page), message('ko', 'pages', 'home-title'));
    const offered = await page.locator('.app-language-switcher__link').evaluateAll((links) => links.map((l) => l.textContent));
    assert.deepEqual(offered, ['简体中文', 'English', 'ئۇيغۇرچە', 'བོད་ཡིག', 'ᠮᠣᠩᠭᠣᠯ', 'قازاقشا', '한국어']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
