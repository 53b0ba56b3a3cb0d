// The department console in Chromium, with its virtual authenticator standing in for a phone's
// passkey: a caseworker enrols through the setup link `portal-server staff add` printed, sees
// only the department's applications, opens one, moves it through its statuses with a message,
// signs out and in again with the passkey alone; an administrator reads the audit log and manages
// staff; in Chinese and English, axe-clean, at 320 px, with no CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axeViolations } from './portal.mjs';
import * as staff from './staff.mjs';

const { text, heading } = staff;

let browser;
let server;

async function submitComplaint(key) {
  const response = await fetch(`${server.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      service: 'product-quality-complaint', version: 1, language: 'ug', idempotency_key: key,
      answers: {
        product: ['电热水壶'], 'where-bought': ['京东'], 'purchase-date': ['27', '3', '2026'],
        'what-happened': ['烧水时漏电。'], evidence: ['none'], 'contact-method': ['email'],
        email: ['li@example.cn'], 'full-name': ['李四'],
      },
    }),
  });
  assert.equal(response.status, 201);
  return response.json();
}

const consoleTab = (options) => staff.consoleTab(browser, server, options);
const addStaff = (department, role, name) => staff.addStaff(server, department, role, name);
const enrol = (link, options) => staff.enrol(browser, server, link, options);

before(async () => {
  browser = await launch();
  server = await staff.startServer();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('a caseworker signs in with a passkey, sees only the department’s applications and moves one through its statuses with a message; an administrator reads the audit log', async () => {
  const { reference, secret } = await submitComplaint(`console-e2e-${Date.now()}`);
  const { context, page, problems } = await enrol(addStaff('market-regulation', 'caseworker', '王芳'));

  // Signed in: the department's one service, with the application.
  await heading(page, '产品质量投诉');
  assert.ok(!page.url().includes('#'), 'the setup token leaves the address');
  assert.match(await page.locator('.app-console-header__who').innerText(), /王芳 · 市场监督管理局 · 经办人/);
  const nav = await page.locator('.app-console-header__nav').innerText();
  assert.deepEqual(nav.split('\n').filter(Boolean), ['产品质量投诉', text('zh-CN', 'ratings-title')], 'only the department’s service; no staff or audit for a caseworker');
  const row = page.getByRole('row').filter({ hasText: reference });
  assert.match(await row.innerText(), new RegExp(text('zh-CN', 'status-received')));
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('link', { name: reference }).click();
  await heading(page, `申请 ${reference}`);
  const answers = await page.locator('.app-console-answers').innerText();
  assert.match(answers, /您投诉的是什么产品？/, 'question in the staff member’s language');
  assert.match(answers, /电热水壶/);
  assert.equal(await page.locator('.app-console__original[lang="ug"]').count() > 0, true, 'and in the citizen’s (Uyghur)');
  assert.deepEqual(await axeViolations(page), []);

  const move = async (status, note) => {
    await page.getByLabel(text('zh-CN', `status-${status}`), { exact: true }).check();
    if (note) await page.getByLabel(text('zh-CN', 'status-form-message')).fill(note);
    await page.getByRole('button', { name: text('zh-CN', 'status-form-submit') }).click();
    const done = text('zh-CN', 'status-form-done').replace('{ $status }', text('zh-CN', `status-${status}`));
    await page.waitForFunction((want) => document.querySelector('.app-console__done')?.textContent === want, done);
    await page.waitForFunction((want) => document.querySelector('.app-console-summary')?.textContent.includes(want), text('zh-CN', `status-${status}`));
  };
  // Sent with nothing chosen: the error is on the choice, which takes focus.
  await page.getByRole('button', { name: text('zh-CN', 'status-form-submit') }).click();
  await page.waitForFunction((want) => document.getElementById('console-status-choice-error')?.textContent.includes(want), text('zh-CN', 'status-form-choose'));
  await page.waitForFunction(() => document.activeElement?.id === 'console-status-first');
  assert.match(await page.locator('fieldset').first().getAttribute('aria-describedby'), /console-status-choice-error/);
  assert.deepEqual(await axeViolations(page), []);
  await move('in-progress');
  await move('more-information-needed', '请补充购买凭证的照片。');
  await move('in-progress');
  await move('completed', '商家已同意退款。');
  const history = await page.locator('.app-console-history').innerText();
  assert.match(history, /请补充购买凭证的照片。/);
  assert.match(history, /商家已同意退款。/);
  assert.match(history, /王芳/);
  assert.equal(await page.locator('.app-console-form').count(), 0, 'nothing follows "completed"');

  // The citizen rates it "dissatisfied"; the caseworker sees the rating with the application.
  const rated = await fetch(`${server.url}/api/ratings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reference, secret, level: 2, problems: ['slow'], comment: 'بەك ئاستا.' }),
  });
  assert.equal(rated.status, 201);
  await page.reload();
  await heading(page, `申请 ${reference}`);
  const rating = await page.locator('.app-console-summary').last().innerText();
  assert.match(rating, new RegExp(text('zh-CN', 'rating-level-2')));
  assert.match(rating, new RegExp(text('zh-CN', 'rating-problem-slow')));
  assert.match(rating, /بەك ئاستا/);
  assert.deepEqual(await axeViolations(page), []);

  // A bad rating is listed to be answered by its deadline; the answer reaches the citizen.
  await page.getByRole('link', { name: text('zh-CN', 'ratings-title') }).click();
  await heading(page, text('zh-CN', 'ratings-title'));
  assert.match(await page.getByRole('row').filter({ hasText: reference }).innerText(), new RegExp(text('zh-CN', 'ratings-open')));
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: reference }).click();
  await heading(page, `申请 ${reference}`);
  await page.getByLabel(text('zh-CN', 'rating-reply-label')).fill('我们已经加快了处理，谢谢您的意见。');
  await page.getByRole('button', { name: text('zh-CN', 'rating-reply-submit') }).click();
  await page.waitForFunction((want) => document.querySelector('.app-console__done')?.textContent === want, text('zh-CN', 'rating-reply-done'));
  await page.waitForFunction(() => document.activeElement?.id === 'console-done', null, { timeout: 5000 });
  const tracked = await (await fetch(`${server.url}/api/track`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reference, secret }),
  })).json();
  assert.equal(tracked.rating.reply, '我们已经加快了处理，谢谢您的意见。');

  // Another department's service and application, asked for by address: refused plainly.
  await page.goto(`${server.url}/console/services/id-card-replacement`);
  await page.waitForFunction((want) => document.querySelector('main [role=alert]')?.textContent === want, text('zh-CN', 'error-not-your-department'));
  await page.goto(`${server.url}/console/applications/ABCD2345`);
  await page.waitForFunction((want) => document.querySelector('main [role=alert]')?.textContent === want, text('zh-CN', 'error-not-found'));

  // Signing out, then in with the passkey alone, back where the caseworker was.
  await page.getByRole('button', { name: text('zh-CN', 'header-sign-out') }).click();
  await heading(page, text('zh-CN', 'sign-in-title'));
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${server.url}/console/applications/${reference}`);
  await heading(page, text('zh-CN', 'sign-in-title'));
  await page.getByRole('button', { name: text('zh-CN', 'sign-in-button') }).click();
  await heading(page, `申请 ${reference}`);

  // English, kept on the device; the same place.
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, `Application ${reference}`);
  assert.match(await page.locator('.app-console-answers').innerText(), /What product is your complaint about\?/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.filter((p) => !p.includes('status of 40')), [], 'only the refusals asked for');
  await context.close();

  // The administrator reads what the caseworker did, and manages staff.
  const admin = await enrol(addStaff('market-regulation', 'administrator', '孙丽'));
  await heading(admin.page, '产品质量投诉');
  await admin.page.getByRole('link', { name: text('zh-CN', 'audit-title') }).click();
  await heading(admin.page, text('zh-CN', 'audit-title'));
  const log = await admin.page.locator('.app-console-table').innerText();
  for (const action of ['enrol-passkey', 'sign-in', 'view-application', 'change-status', 'sign-out']) {
    assert.match(log, new RegExp(`王芳\\s+${text('zh-CN', `audit-action-${action}`)}`), action);
  }
  assert.match(log, new RegExp(`${reference}\\s+in-progress -> completed`));
  assert.doesNotMatch(log, /电热水壶|李四|li@example|商家已同意退款/, 'no answer or message in the audit log');
  assert.deepEqual(await axeViolations(admin.page), []);

  await admin.page.getByRole('link', { name: text('zh-CN', 'staff-title') }).click();
  await heading(admin.page, text('zh-CN', 'staff-title'));
  await admin.page.getByLabel(text('zh-CN', 'staff-add-name')).fill('李明');
  await admin.page.getByRole('button', { name: text('zh-CN', 'staff-add-submit') }).click();
  await admin.page.waitForSelector('.app-console__link');
  assert.ok((await admin.page.locator('.app-console__link').innerText()).startsWith(`${server.url}/console/setup#`));
  const added = admin.page.getByRole('row').filter({ hasText: '李明' });
  assert.match(await added.innerText(), new RegExp(`${text('zh-CN', 'role-caseworker')}.*${text('zh-CN', 'staff-active')}`, 's'));
  assert.deepEqual(await axeViolations(admin.page), []);
  await admin.page.getByRole('button', { name: '撤销 王芳' }).click();
  await admin.page.waitForFunction(() => [...document.querySelectorAll('tr')].some((r) => r.textContent.includes('王芳') && !r.querySelector('button')));
  assert.match(server.command('audit'), /"revoke-staff"/);
  // The back button returns to the audit log.
  await admin.page.goBack();
  await heading(admin.page, text('zh-CN', 'audit-title'));
  assert.deepEqual(admin.problems, []);
  await admin.context.close();
});

test('passkeys are allowed on the console’s pages only, and the console is never kept by the service worker', async () => {
  const citizen = (await fetch(`${server.url}/`)).headers.get('permissions-policy');
  assert.match(citizen, /publickey-credentials-get=\(\)/);
  assert.match(citizen, /publickey-credentials-create=\(\)/);
  const staff = await fetch(`${server.url}/console/applications/ABCD2345`);
  assert.equal(staff.status, 200);
  assert.match(staff.headers.get('permissions-policy'), /publickey-credentials-get=\(self\)/);
  assert.match(staff.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval';/);
  const worker = await (await fetch(`${server.url}/sw.js`)).text();
  assert.ok(!worker.includes('"/console/'), 'no console file in the worker’s lists');
});

test('the console reads at 320 CSS px and refuses a used setup link plainly', async () => {
  const printed = server.command('staff', 'add', '--department', 'commerce', '--role', 'caseworker', '--name', 'Li Ming');
  const link = printed.split('\n').find((l) => l.includes('/console/setup#'));
  const first = await consoleTab({ locale: 'en' });
  await first.page.goto(link);
  await heading(first.page, text('en', 'setup-title'));
  await first.page.getByRole('button', { name: text('en', 'setup-button') }).click();
  await heading(first.page, 'Ask about starting a business or investing');
  await first.context.close();

  const { context, page, problems } = await consoleTab({ locale: 'en', width: 320 });
  await page.goto(link);
  await heading(page, text('en', 'setup-title'));
  await page.getByRole('button', { name: text('en', 'setup-button') }).click();
  await page.waitForFunction((want) => document.querySelector('main [role=alert]')?.textContent === want, text('en', 'error-setup-link-invalid'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 320 px (${overflow} px)`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});
