// Every route in every language: loads on a direct visit (deep link), one h1, a "page – site"
// title, the right <html lang dir>, no console errors or CSP violations, nothing fetched from
// another origin, and no axe violations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, ROUTES, axeViolations, headerSiteName, launch, message, openPage, visible, visit } from './portal.mjs';

const NOT_FOUND = '/no-such-page';

describe('every route in every language', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  for (const language of LANGUAGES) {
    for (const route of ROUTES) {
      it(`${route} in ${language.code}`, async () => {
        const { context, page, problems } = await openPage(browser);
        const response = await visit(page, `${route}${route.includes('?') ? '&' : '?'}lang=${language.code}`);
        // An address naming no page still gets the app, which says so, but with a real 404.
        const missing = route === NOT_FOUND;
        assert.equal(response.status(), missing ? 404 : 200, 'HTTP status');

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
        // Chromium reports the 404 of the page itself on the console; nothing else may appear.
        assert.deepEqual(problems, missing ? ['console: Failed to load resource: the server responded with a status of 404 (Not Found)'] : []);
        await context.close();
      });
    }
  }
});

describe('addresses that name no page', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('an unknown service, or a page a service does not have, answers 404 and the app says what to do', async () => {
    const cases = [
      ['/services/no-such-service', message('en', 'pages', 'service-unavailable-title')],
      // The app takes the citizen to the service's information page.
      ['/services/id-card-replacement/no-such-question', message('en', 'services/id-card-replacement', 'name')],
    ];
    for (const [path, heading] of cases) {
      const { context, page } = await openPage(browser, { locale: 'en-GB' });
      const response = await visit(page, path);
      assert.equal(response.status(), 404, path);
      assert.equal(visible(await page.locator('h1').innerText()), heading, path);
      await context.close();
    }
  });
});
