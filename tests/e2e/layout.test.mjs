// Layout: right-to-left mirroring by position (not screenshots), vertical Mongolian's reading
// order by position, and no sideways scrolling at 320 CSS px in any language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGUAGES, ROUTES, axeViolations, launch, openPage, visit } from './portal.mjs';

async function box(page, selector) {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is visible`);
  return b;
}

describe('layout', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  for (const [code, mirrored] of [['ug', true], ['kk-Arab', true], ['zh-CN', false], ['ko', false]]) {
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
        // With seven languages the switcher may take a row of its own, starting where the name does.
        assert.ok(site.x <= switcher.x + 1, 'site name not right of the switcher');
        assert.ok(Math.abs(site.x - header.x) < 40, 'site name at the left edge');
        assert.ok(Math.abs(h1.x - main.x) < 40, 'heading starts at the left');
      }
      await context.close();
    });
  }

  // Traditional Mongolian: running text in columns, top to bottom, read left to right; each
  // section's heading its first column; the header, the page heading and the form horizontal.
  for (const width of [360, 1024]) {
    it(`vertical Mongolian reads in columns from the left (${width} px)`, async () => {
      const { context, page, problems } = await openPage(browser, { viewport: { width, height: 740 } });
      const fonts = [];
      page.on('request', (r) => { if (r.url().endsWith('.woff2')) fonts.push(new URL(r.url()).pathname); });
      await visit(page, '/services/id-card-replacement?lang=mn-Mong');
      const mode = (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).writingMode);
      assert.equal(await mode('.app-info__section'), 'vertical-lr');
      assert.equal(await mode('.app-main > .app-body-l'), 'vertical-lr', 'the summary');
      for (const selector of ['.app-header', 'h1', '.app-feedback']) assert.equal(await mode(selector), 'horizontal-tb', selector);
      const section = page.locator('.app-info__section').first();
      const heading = await section.locator('h2').boundingBox();
      const paragraph = await section.locator('p').first().boundingBox();
      assert.ok(heading.x + heading.width <= paragraph.x + 1, 'the heading is the column left of its text');
      assert.ok(heading.height > heading.width, 'the heading runs down the page');
      // The first paragraph's first words are at its top left: a range over them sits there.
      const start = await section.locator('p').first().evaluate((p) => {
        const range = document.createRange();
        range.setStart(p.firstChild, 0);
        range.setEnd(p.firstChild, 3);
        const b = range.getBoundingClientRect();
        const whole = p.getBoundingClientRect();
        return { x: b.x - whole.x, y: b.y - whole.y };
      });
      assert.ok(start.x < 30 && start.y < 30, `the text starts at the top left: ${JSON.stringify(start)}`);
      const sections = await page.locator('.app-info__section').evaluateAll((all) => all.map((s) => s.getBoundingClientRect().top));
      assert.deepEqual(sections, [...sections].sort((a, b) => a - b), 'sections follow one another down the page');
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok(widths[0] <= widths[1], `the page does not scroll sideways: ${widths}`);
      // The phone's own Noto Sans Mongolian when it has one (this machine does), else the
      // portal's copy: never another origin's, and the text is drawn in it.
      assert.ok(fonts.every((f) => f === '/fonts/noto-sans-mongolian.woff2') && fonts.length <= 1, fonts.join());
      assert.ok(await page.evaluate(() => document.fonts.check('16px "Portal Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')), 'the font is ready');
      const served = await page.request.get(`${BASE}/fonts/noto-sans-mongolian.woff2`);
      assert.equal(served.status(), 200);
      assert.equal(served.headers()['content-type'], 'font/woff2');
      assert.equal((await served.body()).subarray(0, 4).toString('latin1'), 'wOF2', 'a WOFF2 font');

      // The form: the question and its field horizontal, Continue under them.
      await page.click('.app-button--start');
      await page.waitForSelector('form.app-form');
      assert.equal(await mode('form.app-form'), 'horizontal-tb');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // A Mongolian section wider than a phone scrolls on its own: a named region the keyboard
  // reaches and scrolls, in any browser; axe-clean at that width. Other languages: no extra stops.
  it('vertical Mongolian sections that scroll sideways are reached and scrolled by keyboard (320 px)', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    let scrolling = 0;
    for (const path of ['/accessibility', '/privacy', '/services/id-card-replacement']) {
      await visit(page, `${path}?lang=mn-Mong`);
      const sections = await page.locator('.app-info__section').evaluateAll((all) => all.map((s) => ({
        wide: s.scrollWidth > s.clientWidth + 1, tabIndex: s.tabIndex, role: s.getAttribute('role'), name: s.getAttribute('aria-label'),
      })));
      for (const s of sections) {
        assert.equal(s.tabIndex, 0, `${path}: a section takes focus`);
        assert.equal(s.role, 'region');
        assert.ok(s.name && s.name.length > 0, `${path}: the region is named`);
      }
      const wide = page.locator('.app-info__section').filter({ hasNot: page.locator('a') });
      for (let i = 0; i < await wide.count(); i += 1) {
        const section = wide.nth(i);
        if (!(await section.evaluate((s) => s.scrollWidth > s.clientWidth + 1))) continue;
        scrolling += 1;
        await section.focus();
        await page.keyboard.press('ArrowRight');
        assert.ok(await section.evaluate((s) => s.scrollLeft > 0), `${path}: the right arrow scrolls the section`);
      }
      assert.deepEqual(await axeViolations(page), [], `${path} at 320 px`);
    }
    assert.ok(scrolling > 0, 'some section was wider than the screen');
    await visit(page, '/privacy?lang=zh-CN');
    assert.equal(await page.locator('.app-info__section[tabindex]').count(), 0, 'no extra tab stops in other languages');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a page in another language does not fetch the Mongolian font', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    const fonts = [];
    page.on('request', (r) => { if (r.url().endsWith('.woff2')) fonts.push(r.url()); });
    await visit(page, '/services/id-card-replacement?lang=zh-CN');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fonts, [], 'the switcher names ᠮᠣᠩᠭᠣᠯ in the phone\'s own font');
    await context.close();
  });

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
