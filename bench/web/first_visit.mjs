// A first visit with the service worker on: every request of the page and of its worker until
// 20 s after load, in bytes on the wire (headers included), as a citizen who reads one page and
// leaves pays for it. Fresh profile per visit.
import { chromium } from 'playwright-core';

const PAGES = [['home', '/'], ['information page', '/services/id-card-replacement'], ['accessibility statement', '/accessibility']];
const LANGUAGES = ['zh-CN', 'ug', 'bo'];

export async function firstVisits(base) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    for (const [name, path] of PAGES) {
      for (const lang of LANGUAGES) {
        const context = await browser.newContext({ locale: lang });
        const sizes = [];
        context.on('requestfinished', (request) => {
          sizes.push((async () => {
            const response = await request.response();
            if (request.serviceWorker() === null && response && response.fromServiceWorker()) return 0;
            const s = await request.sizes();
            return s.requestHeadersSize + s.responseHeadersSize + s.responseBodySize;
          })().catch(() => 0));
        });
        const page = await context.newPage();
        await page.goto(`${base}${path}?lang=${lang}`);
        await new Promise((resolve) => { setTimeout(resolve, 20000); });
        const all = (await Promise.all(sizes)).filter((b) => b > 0);
        results.push({ name, lang, bytes: all.reduce((a, b) => a + b, 0), requests: all.length });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
