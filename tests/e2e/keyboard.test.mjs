// Keyboard alone: Tab from the top reaches the skip link first, then the switcher and every
// nav link, each with a visible focus indicator; navigation moves focus to the new h1, updates
// the title and scrolls to the top; back and forward work.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, message, openPage, visible, visit } from './portal.mjs';

/** Describes the focused element and whether its focus indicator can be seen. */
function focusedElement(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const focused = getComputedStyle(el);
    const outlineShown = focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) >= 2
      && !/rgba\(.*, 0\)|transparent/.test(focused.outlineColor);
    const highlighted = focused.backgroundColor === 'rgb(255, 221, 0)';
    return {
      tag: el.tagName,
      className: el.className,
      href: el.getAttribute('href'),
      text: el.innerText,
      visibleFocus: outlineShown || highlighted,
    };
  });
}

describe('keyboard', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('Tab reaches the skip link first, then the switcher and every nav link, focus always visible', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/?lang=en');
    const seen = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const el = await focusedElement(page);
      if (el.tag === 'BODY') break;
      seen.push(el);
      assert.ok(el.visibleFocus, `focus is visible on ${el.tag}.${el.className}`);
    }
    assert.equal(seen[0].className, 'app-skip-link');
    assert.equal(visible(seen[0].text), message('en', 'shell', 'skip-link'));
    const hrefs = seen.map((el) => el.href);
    for (const href of ['/', '/settings', '/accessibility', '/privacy', '?lang=zh-CN', '?lang=en', '?lang=ug', '?lang=bo']) {
      assert.ok(hrefs.includes(href), `Tab reaches ${href}`);
    }
    await context.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const { context, page } = await openPage(browser);
    await visit(page, '/?lang=en');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content');
    await context.close();
  });

  it('following a link by keyboard focuses the new h1, updates the title and scrolls to the top', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 800, height: 400 } });
    await visit(page, '/accessibility?lang=en');
    await page.evaluate(() => { window.notReloaded = true; });
    await page.locator('.app-footer__link[href="/privacy"]').focus();
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the footer link is below the fold');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.tagName === 'H1');
    const title = message('en', 'statements', 'privacy-title');
    assert.equal(visible(await page.locator('h1').innerText()), title);
    assert.ok(visible(await page.title()).startsWith(`${title} – `));
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'client-side navigation');

    await page.goBack();
    await page.waitForFunction((t) => document.querySelector('h1')?.innerText.includes(t), message('en', 'statements', 'accessibility-title'));
    assert.ok(visible(await page.title()).startsWith(message('en', 'statements', 'accessibility-title')));
    await page.goForward();
    await page.waitForFunction((t) => document.querySelector('h1')?.innerText.includes(t), title);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
