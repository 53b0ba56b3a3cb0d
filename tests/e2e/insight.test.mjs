// Insight in the department console: a manager of the market regulator reads the last 35 days
// of complaints — applications per day as a chart with its numbers in a table, and the terms
// rising in what citizens wrote, in Chinese and English — with no phone number or e-mail address
// shown, and the question page where citizens' answers were not accepted, with why; axe-clean,
// in both console languages, at 320 CSS px without sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axeViolations, message } from './portal.mjs';
import * as staff from './staff.mjs';

const { text, heading } = staff;

let browser;
let server;

async function submit(key, language, what) {
  const response = await fetch(`${server.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      service: 'product-quality-complaint', version: 1, language, idempotency_key: key,
      answers: {
        product: ['电热水壶'], 'where-bought': ['京东'], 'purchase-date': ['27', '3', '2026'],
        'what-happened': [what], evidence: ['none'], 'contact-method': ['email'],
        email: ['buyer@example.cn'], 'full-name': ['李四'],
      },
    }),
  });
  assert.equal(response.status, 201);
}

before(async () => {
  browser = await launch();
  server = await staff.startServer(['--rate-limit-per-minute', '0']);
  for (let i = 0; i < 5; i += 1) await submit(`insight-zh-${i}`, 'zh-CN', '电热水壶烧水时漏电，请打13800138000联系我。');
  for (let i = 0; i < 5; i += 1) await submit(`insight-en-${i}`, 'en', 'The battery swelled; write to me at buyer@example.cn.');
  // Twenty views of the information page: 10 sent per 20 views is 50 per 100.
  for (let i = 0; i < 20; i += 1) assert.equal((await fetch(`${server.url}/services/product-quality-complaint`)).status, 200);
  // Two citizens press Continue on the first question page with nothing entered: the app tells
  // the server the page and the error code, never what was entered.
  for (let i = 0; i < 2; i += 1) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/services/product-quality-complaint/product?lang=zh-CN`);
    await page.waitForSelector('form.app-form button[type=submit]', { timeout: 30000 });
    const reported = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/page-errors');
    await page.click('form.app-form button[type=submit]');
    await page.waitForSelector('.app-error-summary');
    const response = await reported;
    assert.equal(response.status(), 204);
    assert.deepEqual(JSON.parse(response.request().postData()),
      { service: 'product-quality-complaint', page: 'product', codes: ['required'] });
    await context.close();
  }
});

after(async () => {
  await browser?.close();
  server?.stop();
});

for (const [locale, name, width] of [['zh-CN', '周敏', 1024], ['en', 'Zhou Min', 320]]) {
  test(`a manager reads what citizens need (${locale}, ${width} px)`, async () => {
    const link = staff.addStaff(server, 'market-regulation', 'manager', name);
    const tab = await staff.enrol(browser, server, link, { locale, width });
    const { page } = tab;
    await heading(page, locale === 'en' ? 'Complain about a faulty product' : '产品质量投诉');
    await page.waitForSelector('#console-insight-terms-caption', { timeout: 20000 });

    const chart = page.locator('.app-console-chart svg[role=img]');
    assert.equal(await chart.locator('title').textContent(), text(locale, 'insight-chart-title'));
    assert.match(await chart.locator('desc').textContent(), /10/, 'the description gives the total');
    assert.equal(await chart.locator('rect').count(), 36, 'one bar a day, 35 days back and today');
    const days = await page.locator('table', { has: page.locator('#console-insight-days-caption') }).innerText();
    assert.match(days, /\t10$/m, 'today’s ten applications in the table beside the chart');
    const summary = await page.locator('.app-console-insight dl').innerText();
    assert.match(summary, new RegExp(`${text(locale, 'insight-page-views').replace(/[()]/g, '.')}\\s+20`));
    assert.match(summary, new RegExp(`${text(locale, 'insight-sent-per-hundred')}\\s+50`));

    const terms = page.locator('table', { has: page.locator('#console-insight-terms-caption') });
    const row = (term) => terms.locator('tbody tr').filter({ has: page.locator('td:nth-child(2)').getByText(term, { exact: true }) });
    const leak = row('漏电');
    const language = text(locale, 'language-zh-CN').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(await leak.innerText(), new RegExp(`${language}\\s+漏电\\s+5\\s+0`));
    assert.match(await row('battery').innerText(), /battery\s+5\s+0/);
    const mistakes = page.locator('table', { has: page.locator('#console-insight-errors-caption') });
    const question = message(locale, 'services/product-quality-complaint', 'product-label');
    assert.equal(await mistakes.locator('tbody tr').count(), 1, 'one page refused answers');
    assert.match(await mistakes.locator('tbody tr').innerText(),
      new RegExp(`^${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+2\\s+${text(locale, 'insight-code-required')}: 2$`));

    const shown = await page.locator('main').innerText();
    assert.ok(!shown.includes('13800138000') && !shown.includes('buyer@example.cn'), 'no phone number or address');
    assert.match(shown, /•{11}/, 'the phone number is masked in the passage');

    // A passage's reference opens the application.
    await leak.getByRole('link').first().click();
    await page.waitForFunction(() => location.pathname.startsWith('/console/applications/'));
    await page.goBack();
    await page.waitForSelector('#console-insight-terms-caption', { timeout: 20000 });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px)`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
}
