// Layout: right-to-left mirroring by position (not screenshots), and no sideways scrolling at
// 320 CSS px in any language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, ROUTES, launch, openPage, visit } from './portal.mjs';

async function box(page, selector) {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is visible`);
  return b;
}

describe('layout', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  for (const [code, mirrored] of [['ug', true], ['zh-CN', false]]) {
    it(`the header ${mirrored ? 'is' : 'is not'} mirrored in ${code}`, async () => {
      const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
      await visit(page, `/?lang=${code}`);
      const site = await box(page, '.app-header__site-name');
      const switcher = await box(page, '.app-language-switcher');
      const header = await box(page, '.app-header__container');
      const h1 = await box(page, 'h1');
      const main = await box(page, '#main-content');
      if (mirrored) {
        assert.ok(site.x > switcher.x, 'site name right of the switcher');
        assert.ok(Math.abs(site.x + site.width - (header.x + header.width)) < 40, 'site name at the right edge');
        assert.ok(Math.abs(h1.x + h1.width - (main.x + main.width)) < 40, 'heading starts at the right');
      } else {
        assert.ok(site.x < switcher.x, 'site name left of the switcher');
        assert.ok(Math.abs(site.x - header.x) < 40, 'site name at the left edge');
        assert.ok(Math.abs(h1.x - main.x) < 40, 'heading starts at the left');
      }
      await context.close();
    });
  }

  for (const language of LANGUAGES) {
    it(`no horizontal scrolling at 320 px in ${language.code}`, async () => {
      const { context, page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
      for (const route of ROUTES) {
        await visit(page, `${route}?lang=${language.code}`);
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        assert.ok(widths[0] <= widths[1], `${route}: document ${widths[0]} px wide in a ${widths[1]} px viewport`);
      }
      await context.close();
    });
  }
});
