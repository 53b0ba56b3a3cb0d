// The accessibility matrix: every page (form pages in their error state too) × every language ×
// {standard, elder, high contrast}, in one browser, several pages at once. Each case checks:
// axe; no sideways scrolling at 320 px; nothing clipped with WCAG 1.4.12 text spacing; every
// target at least 44 × 44 px (60 × 60 in elder mode), inline links in running text excepted;
// elder mode's text sizes; and every control's accessible name, read from Chromium's
// accessibility tree, present and not a message id.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGUAGES, axeViolations, launch, waitForPage } from './portal.mjs';

const MODES = {
  standard: {},
  elder: { elder: true },
  'high contrast': { highContrast: true },
};

const ID_CARD_DONE = {
  reason: ['lost'], 'date-of-birth': ['31', '12', '1949'], 'full-name': ['Li Si'],
  'id-number': ['11010519491231002X'], mobile: ['13800138000'], collection: ['collect'],
};

/** Pages, with what must be on the device first and what to do before checking. */
const SEARCHES = {
  'zh-CN': '身份证', en: 'card', ug: 'كىملىك', bo: 'ལག་ཁྱེར', 'mn-Mong': 'ᠦᠨᠡᠮᠯᠡᠯ', 'kk-Arab': 'كۋالىك', ko: '신분증',
};

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'display settings', path: '/settings' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: 'privacy notice', path: '/privacy' },
  { name: 'page not found', path: '/no-such-page' },
  // A query that finds services in each language, so the results are checked too.
  { name: 'search results', path: (lang) => `/search?q=${encodeURIComponent(SEARCHES[lang])}`, results: true },
  { name: 'service start', path: '/services/id-card-replacement' },
  { name: 'radios in error', path: '/services/id-card-replacement/reason', submit: true },
  { name: 'date in error', path: '/services/id-card-replacement/date-of-birth', draft: ['id-card-replacement', { reason: ['lost'], 'date-of-birth': ['30', '2', '1990'] }], submit: true },
  { name: 'grouped page in error', path: '/services/product-quality-complaint/purchase', draft: ['product-quality-complaint', { product: ['kettle'] }], submit: true },
  { name: 'long text', path: '/services/product-quality-complaint/what-happened', draft: ['product-quality-complaint', { product: ['kettle'], 'where-bought': ['shop'], 'purchase-date': ['1', '2', '2026'] }] },
  { name: 'check answers', path: '/services/id-card-replacement/check-answers', draft: ['id-card-replacement', ID_CARD_DONE] },
  { name: 'exit page', path: '/services/id-card-replacement/exit/under-16', draft: ['id-card-replacement', { reason: ['lost'], 'date-of-birth': ['1', '1', '2020'] }] },
  { name: 'confirmation', path: '/services/id-card-replacement/confirmation', reference: ['id-card-replacement', 'ACDE3467'], sent: true },
  { name: 'home with applications sent', path: '/', sent: true, wait: '.app-sent__item' },
  { name: 'progress look-up in error', path: '/track', submit: true },
  // The application's progress as the server would answer it (answered here, in the page), with
  // "dissatisfied" chosen so that what went wrong is asked too.
  { name: 'progress and rating', path: '/track?reference=ACDE3467', sent: true, progress: true, wait: '#rating-level-2', click: '#rating-level-2' },
];

/** An application sent from the device, as the confirmation page keeps it. */
const SENT = [{ reference: 'ACDE3467', secret: 'X7K9MP', service: 'id-card-replacement', status: 'received' }];

/** A decided application with the department's messages, as `POST /api/track` answers. */
const PROGRESS = {
  reference: 'ACDE3467', service: 'id-card-replacement', received_at: 1796000000, status: 'completed',
  history: [
    { status: 'in-progress', at: 1796100000, message: null },
    { status: 'more-information-needed', at: 1796200000, message: '请补充一张近期照片。' },
    { status: 'completed', at: 1796300000, message: '新身份证已可领取。' },
  ],
  can_rate: true, rating: null,
};

const MESSAGE_ID = /^[a-z]+(-[a-z0-9]+)+$/;
const NAMED_ROLES = new Set(['textbox', 'combobox', 'checkbox', 'radio', 'button', 'link', 'spinbutton', 'searchbox', 'switch']);

/** Target sizes, clipping and elder-mode text, measured in the page. */
function measure(minimum) {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const inRunningText = (el) => el.tagName === 'A' && el.parentElement
    && [...el.parentElement.childNodes].some((n) => n !== el && n.textContent.trim().length > 0)
    && getComputedStyle(el).display === 'inline';
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea')) {
    if (!visible(el) || inRunningText(el)) continue;
    const box = (el.type === 'radio' || el.type === 'checkbox')
      ? el.closest('.app-radios__item, .app-checkboxes__item') ?? el : el;
    const r = box.getBoundingClientRect();
    if (r.width < minimum - 0.5 || r.height < minimum - 0.5) {
      small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  const body = getComputedStyle(document.body);
  const headingSizes = [...document.querySelectorAll('h1, h1 *')].map((h) => parseFloat(getComputedStyle(h).fontSize));
  const paragraph = document.querySelector('#main-content p.app-body');
  const p = paragraph && getComputedStyle(paragraph);
  return {
    small,
    bodySize: parseFloat(body.fontSize),
    lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
    headingSize: Math.max(0, ...headingSizes),
    paragraphSpacing: p ? parseFloat(p.marginBlockEnd) / parseFloat(p.lineHeight) : null,
  };
}

function clippedWithSpacing() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const clipped = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.app-visually-hidden, [hidden]') || el.matches('input[type=hidden]')) continue;
    const style = getComputedStyle(el);
    const hides = (v) => v === 'hidden' || v === 'clip';
    if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
    if (el.matches('input, select')) {
      // A one-line field centres its line in the box: Chromium reports how far the glyphs
      // (Tibetan stacks, Arabic marks) reach beyond the line as scroll height even when the box
      // has room for them. Clipped only if that overflow does not fit in the room around the line.
      const overflow = el.scrollHeight - el.clientHeight;
      const room = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - parseFloat(style.lineHeight);
      if (overflow > room + 1) clipped.push(`${el.tagName.toLowerCase()}.${el.className}`);
      continue;
    }
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
      clipped.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
  }
  return { clipped, wide: document.documentElement.scrollWidth > window.innerWidth };
}

async function unnamedControls(page) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  return nodes
    .filter((n) => !n.ignored && NAMED_ROLES.has(n.role?.value))
    .map((n) => ({ role: n.role.value, name: (n.name?.value ?? '').trim() }))
    .filter((n) => n.name === '' || MESSAGE_ID.test(n.name));
}

describe('accessibility matrix', { concurrency: 3 }, () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  for (const [mode, display] of Object.entries(MODES)) {
    for (const language of LANGUAGES) {
      for (const target of PAGES) {
        it(`${target.name} · ${language.code} · ${mode}`, async () => {
          const context = await browser.newContext({ locale: language.code, viewport: { width: 1024, height: 800 } });
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await context.addInitScript(({ display, lang, draft, reference, sent }) => {
            localStorage.setItem('portal.display', JSON.stringify(display));
            localStorage.setItem('portal.language', lang.code);
            localStorage.setItem('portal.direction', lang.dir);
            if (draft) {
              localStorage.setItem(`portal.draft.${draft[0]}`, JSON.stringify({ version: 1, saved_at: Date.now(), answers: draft[1], idempotency_key: 'matrix-1234' }));
            }
            if (reference) sessionStorage.setItem(`portal.reference.${reference[0]}`, reference[1]);
            if (sent) localStorage.setItem('portal.sent', JSON.stringify(sent));
          }, { display, lang: language, draft: target.draft, reference: target.reference, sent: target.sent && SENT });
          await page.route('**/api/track', (route) => (target.progress
            ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(PROGRESS) })
            : route.fulfill({ status: 404, contentType: 'application/json', body: '{"code":"not-found"}' })));
          await page.goto(BASE + (typeof target.path === 'function' ? target.path(language.code) : target.path));
          await waitForPage(page);
          if (target.results) await page.waitForSelector('.app-service-list__link');
          if (target.wait) await page.waitForSelector(target.wait);
          if (target.click) await page.click(target.click);
          if (target.submit) {
            await page.click('#main-content form button[type=submit]');
            await page.waitForSelector('.app-error-summary');
          }
          assert.equal(await page.getAttribute('html', 'lang'), language.code);

          assert.deepEqual(await axeViolations(page), [], 'axe');
          assert.deepEqual(await unnamedControls(page), [], 'every control has a real name');

          await page.setViewportSize({ width: 320, height: 640 });
          const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          assert.ok(widths[0] <= widths[1], `no sideways scrolling at 320 px (${widths[0]} px wide)`);
          const minimum = display.elder ? 60 : 44;
          const measured = await page.evaluate(measure, minimum);
          assert.deepEqual(measured.small, [], `targets of at least ${minimum} px`);
          if (display.elder) {
            assert.ok(measured.bodySize >= 18, `body text ${measured.bodySize} px`);
            assert.ok(measured.headingSize >= 30, `largest heading ${measured.headingSize} px`);
            assert.ok(measured.lineHeight >= 1.5, `line height ${measured.lineHeight}`);
            if (measured.paragraphSpacing !== null) {
              assert.ok(measured.paragraphSpacing >= 1.3, `paragraph spacing ${measured.paragraphSpacing} × line height`);
            }
          }
          const spaced = await page.evaluate(clippedWithSpacing);
          assert.deepEqual(spaced.clipped, [], 'nothing clipped with extra text spacing');
          assert.equal(spaced.wide, false, 'no sideways scrolling with extra text spacing');
          assert.deepEqual(errors, []);
          await context.close();
        });
      }
    }
  }
});
