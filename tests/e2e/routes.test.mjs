// Every route in every language: loads on a direct visit (deep link), one h1, a "page – site"
// title, the right <html lang dir>, no console errors or CSP violations, nothing fetched from
// another origin, and no axe violations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, ROUTES, axeViolations, headerSiteName, launch, openPage, visible, visit } from './portal.mjs';

describe('every route in every language', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  for (const language of LANGUAGES) {
    for (const route of ROUTES) {
      it(`${route} in ${language.code}`, async () => {
        const { context, page, problems } = await openPage(browser);
        await visit(page, `${route}${route.includes('?') ? '&' : '?'}lang=${language.code}`);

        assert.equal(await page.getAttribute('html', 'lang'), language.code);
        assert.equal(await page.getAttribute('html', 'dir'), language.dir);
        assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
        const heading = visible(await page.locator('h1').innerText());
        assert.ok(heading.length > 0, 'the h1 has text');
        assert.doesNotMatch(heading, /^[a-z]+(-[a-z]+)+$/, 'the h1 is not a message id');
        const site = await headerSiteName(page);
        assert.equal(visible(await page.title()), `${heading} – ${site}`);
        assert.ok(!page.url().includes('lang='), 'the lang parameter is removed from the address');

        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});
