// Every service in services/catalogue.toml, end to end, in every language of the language table:
// information page (sections, Start now, axe), each question page answered from the compiled
// definition (axe on each), check answers, send, the reference number, and the submission
// stored exactly once by portal-server. The driver reads dist/services/<id>.json, so a new
// service is covered without touching this file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, LANGUAGES, axeViolations, launch, message, openPage, stored, visible, visit, waitForPage } from './portal.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const CATALOGUE = JSON.parse(readFileSync(new URL('services/catalogue.json', DIST), 'utf8'));
const definition = (id) => JSON.parse(readFileSync(new URL(`services/${id}.json`, DIST), 'utf8'));
const REFERENCE = /^[34679ACDEFGHJKMNPQRTUVWXY]{8}$/;
const NAMES = { 'zh-CN': '张三', en: 'Li Ming', ug: 'ئابدۇرېھىم ئابدۇللا', bo: 'བཀྲ་ཤིས་བདེ་ལེགས' };
const INFO_SECTIONS = ['info-what', 'info-who', 'info-bring', 'info-fees', 'info-time', 'info-online', 'info-in-person', 'info-phone', 'info-contact'];

/** An 18-character resident ID number for a birth date, with its check character. */
function residentId(year, month, day) {
  const body = `110105${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}002`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** Fills one question with a valid answer for its kind; text answers carry `marker`. */
async function answer(page, question, marker, lang) {
  const id = question.id;
  const field = `#${id}`;
  switch (question.kind) {
    case 'radios':
    case 'checkboxes':
      await page.check(`input[name="${id}"][value="${question.options[0]}"]`);
      break;
    case 'select':
      await page.selectOption(field, question.options[0]);
      break;
    case 'yes-no':
      await page.check(`input[name="${id}"][value="no"]`);
      break;
    case 'date': {
      const year = question.not_in_past ? new Date().getFullYear() + 1 : 1950;
      await page.fill(`${field}-day`, '27');
      await page.fill(`${field}-month`, '3');
      await page.fill(`${field}-year`, String(year));
      break;
    }
    case 'resident-id':
      await page.fill(field, residentId(1950, 3, 27));
      break;
    case 'full-name':
      await page.fill(field, NAMES[lang] ?? 'Li Ming');
      break;
    case 'mobile-number':
      await page.fill(field, '138 0013 8000');
      break;
    case 'email':
      await page.fill(field, `${marker}@example.cn`);
      break;
    case 'postcode':
      await page.fill(field, '100010');
      break;
    case 'whole-number':
      await page.fill(field, String(question.min ?? 12));
      break;
    case 'decimal-number':
      await page.fill(field, String(question.min ?? 10));
      break;
    default:
      await page.fill(field, `${marker} ${lang}`.slice(0, question.max_length ?? 100));
  }
}

describe('every service in every language', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('the home page lists every service once, under its topic, topics in the catalogue\'s order', async () => {
    for (const { code: lang } of LANGUAGES) {
      const { context, page, problems } = await openPage(browser, { locale: lang });
      await visit(page, `/?lang=${lang}`);
      await page.waitForFunction(() => !document.querySelector('.app-home[aria-busy]') && document.querySelectorAll('.app-topic').length > 0);
      const shown = await page.$$eval('.app-topic', (headings) => headings.map((h) => ({
        topic: h.textContent,
        services: [...h.nextElementSibling.querySelectorAll('.app-service-list__link')].map((a) => a.getAttribute('href').split('/').pop()),
      })));
      const expected = CATALOGUE.topics.map((topic) => ({
        topic: message(lang, 'pages', `topic-${topic}`),
        services: CATALOGUE.services.filter((s) => s.topic === topic).map((s) => s.id),
      }));
      assert.deepEqual(shown, expected, lang);
      const descriptions = await page.$$eval('.app-service-list__description', (p) => p.map((e) => e.textContent.trim()));
      assert.equal(descriptions.length, CATALOGUE.services.length);
      assert.ok(descriptions.every((d) => d.length > 0), 'every service has its one-line description');
      assert.deepEqual(await axeViolations(page), [], `axe on the home page in ${lang}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('"Was this page useful?" counts an answer and says thank you, with nothing about the citizen', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    const before = await (await fetch(`${BASE}/api/feedback`)).json();
    const yes = (counts) => counts.services['business-enquiry']?.yes ?? 0;
    let sent;
    page.on('request', (r) => { if (r.url().endsWith('/api/feedback') && r.method() === 'POST') sent = r.postData(); });
    await visit(page, '/services/business-enquiry');
    await page.click('.app-feedback button >> nth=0');
    await page.waitForSelector('.app-feedback__status:not(:empty)');
    assert.match(visible(await page.locator('.app-feedback__status').innerText()), /Thank you/);
    assert.equal(await page.locator('.app-feedback button').count(), 0, 'asked once');
    assert.deepEqual(JSON.parse(sent), { service: 'business-enquiry', useful: true });
    const after = await (await fetch(`${BASE}/api/feedback`)).json();
    assert.equal(yes(after), yes(before) + 1);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the pension service offers elder mode first, and anonymous consultation asks for nothing personal', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await visit(page, '/services/pension-certification');
    await page.click('.app-elder-suggestion button');
    await page.waitForSelector('.app-header__elder-toggle[aria-pressed=true]');
    assert.equal(await page.locator('.app-elder-suggestion').count(), 0, 'offered until it is on');
    await context.close();

    // Anonymous: overall view, views, "stay anonymous", then straight to check answers.
    const consultation = definition('public-consultation');
    const anonymousPages = consultation.pages.slice(0, 3).flatMap((p) => p.questions.map((q) => q.kind));
    assert.ok(!anonymousPages.some((kind) => ['full-name', 'email', 'mobile-number', 'resident-id', 'date', 'postcode'].includes(kind)),
      'no personal data is asked before the choice to stay anonymous');
    const route = consultation.pages[2].routes[0];
    assert.deepEqual(route, { when: { question: 'anonymous', is: 'anonymous' }, to: 'check-answers' });
  });

  it('the accessibility statement and information pages lead to the problem report, which is anonymous unless a reply is wanted', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await visit(page, '/accessibility');
    await page.click('text=Tell us about a problem with this website');
    await page.waitForFunction(() => location.pathname === '/services/website-problem');
    await waitForPage(page);
    assert.equal(visible(await page.textContent('h1')), message('en', 'services/website-problem', 'name'));
    assert.equal(await page.locator('text=Tell us about a problem with this page').count(), 0, 'the report does not link to itself');
    await visit(page, '/services/pension-certification');
    await page.click('text=Tell us about a problem with this page');
    await page.waitForFunction(() => location.pathname === '/services/website-problem');
    assert.deepEqual(problems, []);
    await context.close();

    const report = definition('website-problem');
    const reply = report.pages.findIndex((p) => p.id === 'reply');
    const before = report.pages.slice(0, reply + 1).flatMap((p) => p.questions.map((q) => q.kind));
    assert.ok(!before.some((kind) => ['full-name', 'email', 'mobile-number', 'resident-id', 'date', 'postcode'].includes(kind)),
      'no personal data is asked before the choice of a reply');
    assert.deepEqual(report.pages[reply].routes, [{ when: { question: 'reply', is: 'no' }, to: 'check-answers' }]);
  });

  for (const { id } of CATALOGUE.services) {
    const service = definition(id);
    for (const { code: lang } of LANGUAGES) {
      it(`${id} in ${lang}: information page, every question page, sent and stored once`, async () => {
        const { context, page, problems } = await openPage(browser, { locale: lang });
        const marker = `t${Date.now().toString(36)}${lang.replace('-', '')}`;
        await visit(page, `/services/${id}?lang=${lang}`);
        // The information page: the same nine sections, in order, each with text.
        const headings = await page.locator('.app-info__section h2, .app-info__section h3').count();
        assert.equal(headings, INFO_SECTIONS.length + 1, 'eight section headings and "How to apply"');
        for (const section of await page.locator('.app-info__section').all()) {
          const paragraphs = await section.locator('p').allInnerTexts();
          assert.ok(paragraphs.length > 0 && paragraphs.every((p) => visible(p).length > 0), 'no empty section');
        }
        assert.ok(await page.locator('.app-feedback button').count() === 2, 'was this page useful? yes / no');
        const starts = await page.$$eval('.app-button--start', (links) => links.map((a) => a.getAttribute('href')));
        assert.deepEqual(starts, Array(2).fill(`/services/${id}/${service.pages[0].id}`), 'Start now under the summary and in "How to apply"');
        assert.deepEqual(await axeViolations(page), [], `axe on ${id} information page`);
        await page.click('.app-button--start');

        const seen = [];
        for (let step = 0; step < 30; step += 1) {
          await page.waitForFunction(() => /\/(check-answers|[a-z0-9-]+)$/.test(location.pathname) && document.querySelector('#main-content h1:not(:empty), #main-content legend h1, #main-content label h1'));
          const path = new URL(page.url()).pathname;
          if (path.endsWith('/check-answers')) break;
          const pageId = path.split('/').pop();
          const definitionPage = service.pages.find((p) => p.id === pageId);
          assert.ok(definitionPage, `${path} is a page of ${id}`);
          await page.waitForSelector(`#${definitionPage.questions[0].id}, [name="${definitionPage.questions[0].id}"]`);
          assert.deepEqual(await axeViolations(page), [], `axe on ${path}`);
          seen.push(pageId);
          for (const question of definitionPage.questions) await answer(page, question, marker, lang);
          await page.click('#main-content form button[type=submit]');
          await page.waitForFunction((p) => location.pathname !== p || document.querySelector('.app-error-summary'), path);
          const errors = await page.locator('.app-error-summary').allInnerTexts();
          assert.deepEqual(errors, [], `no error on ${path}`);
        }
        await waitForPage(page);
        assert.deepEqual(await axeViolations(page), [], `axe on ${id} check answers`);
        await page.click('#main-content form button[type=submit]');
        await page.waitForSelector('.app-panel__reference', { timeout: 20000 });
        const reference = visible(await page.locator('.app-panel__reference').innerText());
        assert.match(reference, REFERENCE);
        assert.deepEqual(await axeViolations(page), [], `axe on ${id} confirmation`);
        const rows = stored(id).filter((row) => row.reference === reference);
        assert.equal(rows.length, 1, 'stored exactly once under the reference shown');
        assert.equal(rows[0].language, lang);
        if (id === 'public-consultation') {
          // The driver chooses the first option: stay anonymous. Nothing personal was stored.
          assert.deepEqual(Object.keys(rows[0].answers).sort(), ['anonymous', 'overall', 'views']);
        }
        assert.ok(seen.length >= 2, `${seen.length} question pages`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});
