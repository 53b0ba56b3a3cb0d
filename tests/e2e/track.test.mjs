// Following an application and rating the service (办件查询 and 好差评), end to end in Chromium:
// a citizen sends a complaint in Uyghur and is given a reference and a tracking code; a
// caseworker completes it with a message; the citizen sees the status and the message on /track
// (right to left, axe-clean) and rates it "dissatisfied"; past its deadline the department sees
// the bad rating as overdue and answers it; the citizen reads the answer. Wrong codes get one
// neutral message; a rating given offline waits on the phone and is sent when it is back online.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { axeViolations, launch, message, visible } from './portal.mjs';
import * as staff from './staff.mjs';

const { text, heading } = staff;
const track = (lang, id) => visible(message(lang, 'track', id));
const SERVICE = 'product-quality-complaint';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await staff.startServer();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** A citizen's phone, in `locale`, collecting page errors and requests to other origins. */
async function phone(locale) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== server.url) problems.push(`request to another origin: ${request.url()}`);
  });
  return { context, page, problems };
}

/** Waits for the app to show `path` with its heading, starting it on a pre-rendered page. */
async function on(page, path) {
  await page.waitForFunction((p) => location.pathname === p, path, { timeout: 20000 });
  await page.waitForSelector('#main-content h1:not(:empty)');
  if (await page.evaluate(() => document.getElementById('app-static-shell')?.hasAttribute('data-prerendered') ?? false)) {
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => !document.getElementById('app-static-shell'), null, { timeout: 30000 });
  }
}

/** The citizen's page `expected`: one h1 saying it, and a title that names it. */
async function titled(page, expected, { focused = false } = {}) {
  await page.waitForFunction((want) => document.querySelector('#main-content h1')?.textContent === want, expected, { timeout: 20000 });
  assert.equal(await page.locator('h1').count(), 1, 'one h1');
  assert.ok(visible(await page.title()).startsWith(expected), `title names the page: ${await page.title()}`);
  if (focused) assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the heading');
}

/** Fills in and sends the complaint; returns the reference and the code the confirmation shows. */
async function complain(page, lang) {
  const base = `/services/${SERVICE}`;
  const next = () => page.click('#main-content form button[type=submit]');
  await page.goto(`${server.url}${base}/product`);
  await on(page, `${base}/product`);
  await page.fill('#product', 'ئېلېكتر چەينەك');
  await next();
  await on(page, `${base}/purchase`);
  await page.fill('#where-bought', 'بازار');
  await page.fill('#purchase-date-day', '1');
  await page.fill('#purchase-date-month', '2');
  await page.fill('#purchase-date-year', '2026');
  await next();
  await on(page, `${base}/what-happened`);
  await page.fill('#what-happened', 'سۇ قاينىتىۋاتقاندا توك ئۆتتى.');
  await next();
  await on(page, `${base}/evidence`);
  await page.check('#evidence-4');
  await next();
  await on(page, `${base}/contact-method`);
  await page.check('#contact-method-2');
  await next();
  await on(page, `${base}/email`);
  await page.fill('#email', 'ali@example.cn');
  await next();
  await on(page, `${base}/name`);
  await page.fill('#full-name', 'ئالىم');
  await next();
  await on(page, `${base}/check-answers`);
  await next();
  await on(page, `${base}/confirmation`);
  const codes = [await page.locator('.app-panel__reference').innerText(), await page.locator('.app-panel__code').innerText()];
  assert.match(await page.locator('.app-panel').innerText(), new RegExp(visible(message(lang, 'forms', 'forms-confirmation-secret'))));
  return { reference: codes[0].trim(), secret: codes[1].trim() };
}

/** The caseworker moves the application to `status`, with an optional message to the citizen. */
async function move(page, status, note) {
  await page.getByLabel(text('zh-CN', `status-${status}`), { exact: true }).check();
  if (note) await page.getByLabel(text('zh-CN', 'status-form-message')).fill(note);
  await page.getByRole('button', { name: text('zh-CN', 'status-form-submit') }).click();
  const done = text('zh-CN', 'status-form-done').replace('{ $status }', text('zh-CN', `status-${status}`));
  await page.waitForFunction((want) => document.querySelector('.app-console__done')?.textContent === want, done);
}

test('a citizen follows an application on /track in Uyghur, rates it "dissatisfied", and reads the department’s answer to the overdue rating', async () => {
  const citizen = await phone('ug');
  const { page } = citizen;
  const { reference, secret } = await complain(page, 'ug');
  assert.match(reference, /^[0-9A-Z]{8}$/);
  assert.match(secret, /^[0-9A-Z]{6}$/);
  assert.deepEqual(await axeViolations(page), []);

  // The caseworker completes it with a message.
  const worker = await staff.enrol(browser, server, staff.addStaff(server, 'market-regulation', 'caseworker', '王芳'));
  await heading(worker.page, '产品质量投诉');
  await worker.page.getByRole('link', { name: reference }).click();
  await heading(worker.page, `申请 ${reference}`);
  await move(worker.page, 'in-progress');
  await move(worker.page, 'completed', 'سودىگەر پۇلنى قايتۇرۇشقا قوشۇلدى.');

  // Back on the home page, the application is listed with its new status, in Uyghur.
  await page.goto(`${server.url}/`);
  await on(page, '/');
  const item = page.locator('.app-sent__item').filter({ hasText: reference });
  await page.waitForFunction(([ref, want]) => [...document.querySelectorAll('.app-sent__item')]
    .some((li) => li.textContent.includes(ref) && li.querySelector('.app-sent__status')?.textContent === want), [reference, track('ug', 'track-status-completed')]);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.deepEqual(await axeViolations(page), []);

  // Its progress page: looked up with the code kept on the phone.
  await item.getByRole('link').click();
  await on(page, '/track');
  await titled(page, track('ug', 'track-title'), { focused: true });
  await page.waitForSelector('#progress-result .app-track__status');
  const result = visible(await page.locator('#progress-result').innerText());
  assert.match(result, new RegExp(track('ug', 'track-status-completed')));
  assert.match(result, /سودىگەر پۇلنى قايتۇرۇشقا قوشۇلدى\./, 'the department’s message');
  assert.doesNotMatch(result, /王芳/, 'never a staff member’s name');
  assert.equal(await page.inputValue('#progress-secret'), secret, 'the code came from the phone');
  assert.deepEqual(await axeViolations(page), []);
  // Right to left: the heading's text starts at the right and leaves room at the left.
  const [words, main] = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1'));
    const box = (r) => ({ left: r.left, right: r.right });
    return [box(range.getBoundingClientRect()), box(document.getElementById('main-content').getBoundingClientRect())];
  });
  assert.ok(Math.abs(words.right - main.right) < 40 && words.left - main.left > 40, `heading text at the right: ${JSON.stringify([words, main])}`);

  // Sent with no level chosen: the error is on the choice.
  await page.click('.app-track__rating button[type=submit]');
  await page.waitForSelector('.app-track__rating .app-error-summary');
  assert.match(visible(await page.locator('#rating-level-error').innerText()), new RegExp(track('ug', 'track-error-level')));
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('app-error-summary')), true, 'focus on the summary');
  assert.deepEqual(await axeViolations(page), []);

  // "Dissatisfied" asks what went wrong.
  assert.equal(await page.isVisible('#rating-problem-slow'), false);
  await page.getByLabel(track('ug', 'track-level-2'), { exact: true }).check();
  await page.getByLabel(track('ug', 'track-problem-slow')).check();
  await page.fill('#rating-comment', 'بەك ئاستا بولدى.');
  assert.deepEqual(await axeViolations(page), []);
  await page.click('.app-track__rating button[type=submit]');
  await page.waitForFunction((want) => document.getElementById('rating-done')?.textContent === want, track('ug', 'track-rated'));
  await page.waitForFunction(() => document.activeElement?.id === 'rating-done', null, { timeout: 2000 });

  // A day past its deadline (the rating moved back in time in the database), it is overdue.
  execFileSync('sqlite3', [server.data, 'UPDATE ratings SET rated_at = rated_at - 10 * 86400']);
  await worker.page.getByRole('link', { name: text('zh-CN', 'ratings-title') }).click();
  await heading(worker.page, text('zh-CN', 'ratings-title'));
  const row = worker.page.getByRole('row').filter({ hasText: reference });
  assert.match(await row.innerText(), new RegExp(text('zh-CN', 'ratings-overdue')));
  await row.getByRole('link', { name: reference }).click();
  await heading(worker.page, `申请 ${reference}`);
  await worker.page.getByLabel(text('zh-CN', 'rating-reply-label')).fill('كەچۈرۈڭ، بىز بىر تەرەپ قىلىشنى تېزلەتتۇق.');
  await worker.page.getByRole('button', { name: text('zh-CN', 'rating-reply-submit') }).click();
  await worker.page.waitForFunction((want) => document.querySelector('.app-console__done')?.textContent === want, text('zh-CN', 'rating-reply-done'));
  assert.deepEqual(worker.problems, []);
  await worker.context.close();

  // The citizen reads the answer with the rating.
  await page.reload();
  await on(page, '/track');
  await page.waitForSelector('#progress-result .app-track__level');
  const answered = visible(await page.locator('#progress-result').innerText());
  assert.match(answered, new RegExp(track('ug', 'track-level-2')));
  assert.match(answered, new RegExp(track('ug', 'track-reply-heading')));
  assert.match(answered, /كەچۈرۈڭ، بىز بىر تەرەپ قىلىشنى تېزلەتتۇق\./);
  assert.equal(await page.locator('.app-track__rating').count(), 0, 'rated once: no second form');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(citizen.problems, []);
  await citizen.context.close();
});

test('a wrong reference or code gets one neutral message, and a reference typed with spaces and in lower case is found', async () => {
  const key = `track-e2e-${Date.now()}`;
  const sent = await (await fetch(`${server.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      service: SERVICE, version: 1, language: 'en', idempotency_key: key,
      answers: {
        product: ['Kettle'], 'where-bought': ['Shop'], 'purchase-date': ['1', '2', '2026'],
        'what-happened': ['It leaks.'], evidence: ['none'], 'contact-method': ['email'],
        email: ['li@example.cn'], 'full-name': ['Li Si'],
      },
    }),
  })).json();
  const { context, page, problems } = await phone('en-GB');
  await page.goto(`${server.url}/track`);
  await on(page, '/track');
  await titled(page, track('en', 'track-title'));

  // Nothing typed: both fields in error, each named in the summary.
  await page.click('.app-track__form button[type=submit]');
  await page.waitForSelector('.app-error-summary');
  const summary = visible(await page.locator('.app-error-summary').innerText());
  assert.match(summary, new RegExp(track('en', 'track-error-reference')));
  assert.match(summary, new RegExp(track('en', 'track-error-secret')));
  assert.equal(await page.getAttribute('#progress-reference', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#progress-reference', 'aria-describedby'), /progress-reference-error/);
  assert.deepEqual(await axeViolations(page), []);

  // The right reference with a wrong code, and a wrong reference: the same words.
  const wrongCode = sent.secret === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
  for (const [reference, secret] of [[sent.reference, wrongCode], ['ACDE3467', sent.secret]]) {
    await page.fill('#progress-reference', reference);
    await page.fill('#progress-secret', secret);
    await page.click('.app-track__form button[type=submit]');
    await page.waitForFunction((want) => document.querySelector('#progress-result')?.textContent.includes(want), track('en', 'track-not-found'));
    await page.waitForFunction(() => document.activeElement?.id === 'progress-result');
  }

  // Typed as people do: lower case, with a space.
  await page.fill('#progress-reference', `${sent.reference.slice(0, 4).toLowerCase()} ${sent.reference.slice(4)}`);
  await page.fill('#progress-secret', sent.secret.toLowerCase());
  await page.click('.app-track__form button[type=submit]');
  await page.waitForSelector('#progress-result .app-track__status');
  assert.match(await page.locator('#progress-result .app-track__status').innerText(), new RegExp(track('en', 'track-status-received')));
  assert.equal(await page.locator('.app-track__rating').count(), 0, 'nothing to rate before a decision');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a rating given offline waits on the phone and is sent when the connection returns', async () => {
  // An application sent and completed, known to this phone (as the confirmation page keeps it).
  const citizen = await phone('zh-CN');
  const { page, context } = citizen;
  const { reference, secret } = await complain(page, 'zh-CN');
  const worker = await staff.enrol(browser, server, staff.addStaff(server, 'market-regulation', 'caseworker', '李强'));
  await heading(worker.page, '产品质量投诉');
  await worker.page.goto(`${server.url}/console/applications/${reference}`);
  await heading(worker.page, `申请 ${reference}`);
  await move(worker.page, 'in-progress');
  await move(worker.page, 'completed');
  await worker.context.close();

  await page.goto(`${server.url}/track?reference=${reference}`);
  await on(page, '/track');
  await page.waitForSelector('#rating-level');
  const ratingsSent = [];
  page.on('response', (response) => { if (response.url().endsWith('/api/ratings')) ratingsSent.push(response.status()); });
  // Too long a comment is refused on the phone, before anything is sent or kept.
  await page.getByLabel(track('zh-CN', 'track-level-5'), { exact: true }).check();
  await page.fill('#rating-comment', '很'.repeat(1001));
  await page.click('.app-track__rating button[type=submit]');
  await page.waitForSelector('#rating-comment-error');
  assert.match(visible(await page.locator('#rating-comment-error').innerText()), new RegExp(track('zh-CN', 'track-error-comment-long')));
  assert.equal(await page.getAttribute('#rating-comment', 'aria-invalid'), 'true');
  await page.fill('#rating-comment', '');
  await context.setOffline(true);
  await page.getByLabel(track('zh-CN', 'track-level-5'), { exact: true }).check();
  assert.equal(await page.isVisible('#rating-problem-slow'), false, 'a good rating asks nothing more');
  await page.click('.app-track__rating button[type=submit]');
  await page.waitForFunction((want) => document.getElementById('rating-done')?.textContent === want, track('zh-CN', 'track-rating-waiting'));
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.sent')));
  assert.deepEqual(kept.find((s) => s.reference === reference).waiting_rating, { level: 5, problems: [], comment: '' });

  // Back online: the rating goes, and the server has it once.
  await context.setOffline(false);
  await page.waitForFunction((ref) => JSON.parse(localStorage.getItem('portal.sent')).find((s) => s.reference === ref).waiting_rating === null, reference, { timeout: 20000 });
  const tracked = await (await fetch(`${server.url}/api/track`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reference, secret }),
  })).json();
  assert.equal(tracked.rating.level, 5);
  assert.equal(tracked.can_rate, false);
  // The server was asked once, and took it: never sent twice.
  assert.deepEqual(ratingsSent, [201]);
  assert.deepEqual(citizen.problems, []);
  await context.close();
});

test('an anonymous view on a consultation, which nothing decides, is rated from its confirmation page at once', async () => {
  const { context, page, problems } = await phone('bo');
  const base = '/services/public-consultation';
  const next = () => page.click('#main-content form button[type=submit]');
  await page.goto(`${server.url}${base}/overall`);
  await on(page, `${base}/overall`);
  await page.check('#overall');
  await next();
  await on(page, `${base}/views`);
  await page.fill('#views', 'ལེགས་པོ་འདུག');
  await next();
  await on(page, `${base}/anonymous`);
  await page.check('#anonymous');
  await next();
  await on(page, `${base}/check-answers`);
  await next();
  await on(page, `${base}/confirmation`);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: visible(message('bo', 'forms', 'forms-confirmation-rate-link')) }).click();
  await on(page, '/track');
  await page.waitForSelector('#rating-level');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel(track('bo', 'track-level-4'), { exact: true }).check();
  await page.click('.app-track__rating button[type=submit]');
  await page.waitForFunction((want) => document.getElementById('rating-done')?.textContent === want, track('bo', 'track-rated'));
  const { reference } = (await page.evaluate(() => JSON.parse(localStorage.getItem('portal.sent'))))[0];
  const rated = execFileSync('sqlite3', [server.data, `SELECT level FROM ratings JOIN submissions ON submissions.id = ratings.submission_id WHERE reference = '${reference}'`]).toString().trim();
  assert.equal(rated, '4', 'kept once, by the server');
  assert.deepEqual(problems, []);
  await context.close();
});
