// Both example services end to end in Simplified Chinese and in Uyghur (right-to-left), by
// keyboard alone, against portal-server: error summary focus and links, Change links, the
// confirmation with a reference number, and no axe violations on any page, errors included.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launch, message, openPage, visible, visit, waitForPage } from './portal.mjs';
import { chooseRadio, follow, submit, tabTo, tick, typeInto } from './keys.mjs';

const REFERENCE = /^[34679ACDEFGHJKMNPQRTUVWXY]{8}$/;
const NAMES = { 'zh-CN': '张三', ug: 'ئابدۇرېھىم ئابدۇللا' };

async function onPage(page, path) {
  await page.waitForFunction((p) => location.pathname === p, path);
  await waitForPage(page);
}

async function clean(page, where) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
}

describe('service journeys', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  for (const lang of ['zh-CN', 'ug']) {
    it(`replacing an ID card in ${lang}, keyboard only`, async () => {
      const { context, page, problems } = await openPage(browser, { locale: lang });
      const base = '/services/id-card-replacement';
      await visit(page, `${base}?lang=${lang}`);
      await clean(page, 'start page');
      await follow(page, '.app-button--start');
      await onPage(page, `${base}/reason`);

      // Continue with nothing chosen: the summary takes focus, the title says Error.
      await submit(page);
      await page.waitForSelector('.app-error-summary');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'app-error-summary');
      assert.ok(await page.evaluate(() => document.title.length > 0));
      assert.equal(await page.locator('fieldset:has(#reason)').getAttribute('aria-describedby'), 'reason-error');
      await clean(page, 'reason page with an error');
      // The summary's link moves focus to the field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'reason');

      await chooseRadio(page, 'reason', 'reason');
      await submit(page);
      await onPage(page, `${base}/date-of-birth`);
      await typeInto(page, '#date-of-birth-year', '1949');
      await typeInto(page, '#date-of-birth-month', '2');
      await typeInto(page, '#date-of-birth-day', '30');
      await submit(page);
      await page.waitForSelector('#date-of-birth-error');
      await clean(page, 'date of birth with an impossible date');
      await typeInto(page, '#date-of-birth-day', '31');
      await typeInto(page, '#date-of-birth-month', '１２');
      await submit(page);

      await onPage(page, `${base}/full-name`);
      await typeInto(page, '#full-name', NAMES[lang]);
      await submit(page);
      await onPage(page, `${base}/id-number`);
      await typeInto(page, '#id-number', '110105194912310021');
      await submit(page);
      await page.waitForSelector('#id-number-error');
      assert.equal(await page.getAttribute('#id-number', 'aria-invalid'), 'true');
      assert.equal(await page.getAttribute('#id-number', 'aria-describedby'), 'id-number-hint id-number-error', 'hint, then error');
      await clean(page, 'ID number with a wrong check digit');
      await typeInto(page, '#id-number', '11010519491231002x');
      await submit(page);

      await onPage(page, `${base}/contact`);
      await typeInto(page, '#mobile', '+86 138 0013 8000');
      await submit(page);
      await onPage(page, `${base}/collection`);
      await chooseRadio(page, 'collection', 'collection');
      await submit(page);

      await onPage(page, `${base}/check-answers`);
      await clean(page, 'check answers');
      const answers = await page.locator('.app-summary-list__value').allInnerTexts();
      assert.ok(answers.some((a) => visible(a) === NAMES[lang]), `the name is shown: ${answers}`);
      assert.ok(answers.includes('11010519491231002X'), 'the normalised ID number is shown');
      assert.ok(answers.includes('13800138000'), 'the normalised mobile number is shown');

      // Change the name: back on its page, then straight back to check answers.
      await follow(page, `a[href="${base}/full-name?change=1"]`);
      await onPage(page, `${base}/full-name`);
      assert.equal(await page.inputValue('#full-name'), NAMES[lang]);
      await typeInto(page, '#full-name', `${NAMES[lang]}·A`);
      await submit(page);
      await onPage(page, `${base}/check-answers`);
      assert.ok((await page.locator('.app-summary-list__value').allInnerTexts()).some((a) => visible(a) === `${NAMES[lang]}·A`));

      await submit(page);
      await onPage(page, `${base}/confirmation`);
      assert.match(visible(await page.textContent('.app-panel__reference')), REFERENCE);
      await clean(page, 'confirmation');
      assert.equal(await page.evaluate(() => localStorage.getItem('portal.draft.id-card-replacement')), null, 'the draft is gone');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`complaining about a product in ${lang}, keyboard only`, async () => {
      const { context, page, problems } = await openPage(browser, { locale: lang });
      const base = '/services/product-quality-complaint';
      await visit(page, `${base}?lang=${lang}`);
      await follow(page, '.app-button--start');
      await onPage(page, `${base}/product`);
      await typeInto(page, '#product', 'Midea MK-15');
      await submit(page);

      await onPage(page, `${base}/purchase`);
      await submit(page);
      await page.waitForSelector('.app-error-summary');
      assert.equal(await page.locator('.app-error-summary__link').count(), 2, 'one link per missing answer');
      await clean(page, 'purchase page with two errors');
      await typeInto(page, '#where-bought', 'Jingdong');
      await typeInto(page, '#purchase-date-year', '2026');
      await typeInto(page, '#purchase-date-month', '3');
      await typeInto(page, '#purchase-date-day', '27');
      await typeInto(page, '#amount-paid', '129.50');
      await submit(page);

      await onPage(page, `${base}/what-happened`);
      await typeInto(page, '#what-happened', 'བསྒྲུབས');
      const count = await page.textContent('#what-happened-info');
      assert.match(count, /1996/, 'a Tibetan stack counts once: 2000 − 4 left');
      await submit(page);

      await onPage(page, `${base}/evidence`);
      await tick(page, 'evidence-2');
      await tick(page, 'evidence-4');
      assert.equal(await page.isChecked('#evidence-2'), false, '"none of these" unticks the others');
      await tick(page, 'evidence-2');
      assert.equal(await page.isChecked('#evidence-4'), false, 'another option unticks "none of these"');
      await submit(page);

      await onPage(page, `${base}/evidence-description`);
      await submit(page);
      await onPage(page, `${base}/contact-method`);
      await chooseRadio(page, 'contact-method', 'contact-method-2');
      await submit(page);
      await onPage(page, `${base}/email`);
      await typeInto(page, '#email', 'ＬＩ＠ＥＸＡＭＰＬＥ．ＣＮ');
      await submit(page);
      await onPage(page, `${base}/name`);
      await typeInto(page, '#full-name', NAMES[lang]);
      await submit(page);

      await onPage(page, `${base}/check-answers`);
      await clean(page, 'check answers');
      assert.ok((await page.locator('.app-summary-list__value').allInnerTexts()).includes('LI@EXAMPLE.CN'));
      await submit(page);
      await onPage(page, `${base}/confirmation`);
      assert.match(visible(await page.textContent('.app-panel__reference')), REFERENCE);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('a child under 16 is sent to the apply-in-person page', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    const base = '/services/id-card-replacement';
    await visit(page, `${base}/reason`);
    await chooseRadio(page, 'reason', 'reason-2');
    await submit(page);
    await onPage(page, `${base}/date-of-birth`);
    await typeInto(page, '#date-of-birth-year', '2015');
    await typeInto(page, '#date-of-birth-month', '6');
    await typeInto(page, '#date-of-birth-day', '1');
    await submit(page);
    await onPage(page, `${base}/exit/under-16`);
    await clean(page, 'exit page');
    await context.close();
  });

  it('answers survive a reload and a language switch, and can be deleted from the device', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    const base = '/services/product-quality-complaint';
    await visit(page, `${base}/product`);
    await typeInto(page, '#product', '电热水壶');
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.inputValue('#product'), '电热水壶', 'kept after a reload');

    await typeInto(page, '#product', '电热水壶 MK-15');
    await page.locator('.app-language-switcher__link[hreflang="ug"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.inputValue('#product'), '电热水壶 MK-15', 'kept while switching language');
    assert.equal(new URL(page.url()).pathname, `${base}/product`, 'same page');

    await follow(page, '.app-draft-notice button');
    await onPage(page, base);
    await page.waitForSelector('.app-notification');
    assert.equal(await page.evaluate(() => localStorage.getItem('portal.draft.product-quality-complaint')), null);
    await visit(page, `${base}/product`);
    assert.equal(await page.inputValue('#product'), '', 'gone after deleting');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a damaged draft is ignored; a refusal or a full device keeps every answer and says why', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('portal.draft.id-card-replacement', '{"version":1,"answers":{"reason":[1,2]');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const base = '/services/id-card-replacement';
    await visit(page, `${base}/reason`);
    assert.equal(await page.isChecked('#reason'), false, 'the damaged draft brought nothing back');
    await chooseRadio(page, 'reason', 'reason');
    await submit(page);
    await onPage(page, `${base}/date-of-birth`);
    await typeInto(page, '#date-of-birth-day', '1');
    await typeInto(page, '#date-of-birth-month', '1');
    await typeInto(page, '#date-of-birth-year', '1980');
    await submit(page);
    await onPage(page, `${base}/full-name`);
    await typeInto(page, '#full-name', 'Li Si');
    await submit(page);
    await onPage(page, `${base}/id-number`);
    await typeInto(page, '#id-number', '110105198001010016');
    await submit(page);
    await onPage(page, `${base}/contact`);
    await typeInto(page, '#mobile', '13800138000');
    await submit(page);
    await onPage(page, `${base}/collection`);
    await chooseRadio(page, 'collection', 'collection');
    await submit(page);
    await onPage(page, `${base}/check-answers`);

    // The server refuses an answer: back to its page with the reason, every answer kept.
    await page.route('**/api/submissions', (route) => route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: '{"code":"invalid","page":"id-number","errors":[{"question":"id-number","code":"resident-id-check-digit"}]}',
    }));
    await submit(page);
    await onPage(page, `${base}/id-number`);
    await page.waitForSelector('#id-number-error');
    assert.equal(await page.inputValue('#id-number'), '110105198001010016', 'the refused answer is still there');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'app-error-summary');
    const draft = JSON.parse(await page.evaluate(() => localStorage.getItem('portal.draft.id-card-replacement')));
    assert.deepEqual(draft.answers['full-name'], ['Li Si'], 'every answer is still on the device');
    await submit(page);
    await onPage(page, `${base}/contact`);
    await submit(page);
    await onPage(page, `${base}/collection`);
    await submit(page);
    await onPage(page, `${base}/check-answers`);

    // A refusal that names no page is said on check answers.
    await page.unroute('**/api/submissions');
    await page.route('**/api/submissions', (route) => route.fulfill({ status: 400, contentType: 'application/json', body: '{"code":"exited"}' }));
    await submit(page);
    await page.waitForSelector('.app-notification--error');
    assert.match(await page.textContent('.app-notification--error'), /need to be checked/);
    assert.equal(new URL(page.url()).pathname, `${base}/check-answers`, 'still on check answers');

    // The device cannot store the application (storage full or blocked): said, answers on screen.
    await page.unroute('**/api/submissions');
    await page.evaluate(() => { indexedDB.open = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
    await submit(page);
    await page.waitForFunction(() => /storage is full or blocked/.test(document.querySelector('.app-notification--error')?.textContent ?? ''));
    assert.equal(new URL(page.url()).pathname, `${base}/check-answers`, 'still on check answers');
    assert.ok((await page.locator('.app-summary-list__value').allInnerTexts()).includes('Li Si'), 'the answers are on screen');
    await context.close();
  });

  it('drafts from another version keep what still fits; older than 7 days or of the wrong shape they never corrupt the journey', async () => {
    const base = '/services/id-card-replacement';
    const seeded = async (draft) => {
      const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
      await context.addInitScript((text) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('portal.draft.id-card-replacement', text);
          sessionStorage.setItem('seeded', '1');
        }
      }, JSON.stringify(draft));
      await visit(page, `${base}/reason`);
      return { context, page, problems };
    };
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;

    // The department changed the service since: answers to questions it still asks are kept
    // (and said so), the others dropped, and the application gets a key of its own.
    let { context, page } = await seeded({ version: 999, saved_at: now, answers: { reason: ['lost'], 'shoe-size': ['42'] }, idempotency_key: 'k1234567' });
    assert.equal(await page.isChecked('#reason'), true, 'the answer to a question still asked is kept');
    assert.equal(visible(await page.textContent('.app-draft-notice')).startsWith(message('en', 'forms', 'forms-draft-changed')), true);
    const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('portal.draft.id-card-replacement')));
    assert.deepEqual([kept.version, Object.keys(kept.answers)], [1, ['reason']]);
    assert.notEqual(kept.idempotency_key, 'k1234567');
    await context.close();

    ({ context, page } = await seeded({ version: 999, saved_at: now, answers: { 'shoe-size': ['42'] }, idempotency_key: 'k1234567' }));
    assert.equal(await page.evaluate(() => localStorage.getItem('portal.draft.id-card-replacement')), null, 'nothing left that fits: dropped');
    assert.equal(visible(await page.textContent('.app-draft-notice')).includes(message('en', 'forms', 'forms-draft-changed')), false);
    await context.close();

    ({ context, page } = await seeded({ version: 1, saved_at: now - 8 * day, answers: { reason: ['lost'] }, idempotency_key: 'k1234567' }));
    assert.equal(await page.isChecked('#reason'), false, 'a draft older than 7 days is dropped');
    await context.close();

    ({ context, page } = await seeded({ version: 1, saved_at: now - day, answers: { reason: ['lost'] }, idempotency_key: 'k1234567' }));
    assert.equal(await page.isChecked('#reason'), true, 'a recent draft of this version comes back');
    await context.close();

    let problems;
    ({ context, page, problems } = await seeded({ version: 1, saved_at: now, answers: { reason: ['lost', 'damaged'] }, idempotency_key: 'k1234567' }));
    await submit(page);
    await page.waitForSelector('#reason-error');
    assert.match(await page.textContent('#reason-error'), /could not be read/);
    await chooseRadio(page, 'reason', 'reason-2');
    await submit(page);
    await onPage(page, `${base}/date-of-birth`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('replacing an ID card in elder mode, keyboard only', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await context.addInitScript(() => localStorage.setItem('portal.display', '{"elder":true}'));
    const base = '/services/id-card-replacement';
    await visit(page, base);
    assert.equal(await page.getAttribute('html', 'data-elder'), '');
    await follow(page, '.app-button--start');
    await onPage(page, `${base}/reason`);
    await chooseRadio(page, 'reason', 'reason-3');
    await submit(page);
    await onPage(page, `${base}/date-of-birth`);
    await typeInto(page, '#date-of-birth-year', '1949');
    await typeInto(page, '#date-of-birth-month', '12');
    await typeInto(page, '#date-of-birth-day', '31');
    await submit(page);
    await onPage(page, `${base}/full-name`);
    await typeInto(page, '#full-name', NAMES['zh-CN']);
    await submit(page);
    await onPage(page, `${base}/id-number`);
    await typeInto(page, '#id-number', '11010519491231002X');
    await submit(page);
    await onPage(page, `${base}/contact`);
    await typeInto(page, '#mobile', '13800138000');
    await submit(page);
    await onPage(page, `${base}/collection`);
    await chooseRadio(page, 'collection', 'collection');
    await submit(page);
    await onPage(page, `${base}/check-answers`);
    await submit(page);
    await onPage(page, `${base}/confirmation`);
    assert.match(visible(await page.textContent('.app-panel__reference')), REFERENCE);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
