// Shared helpers for the browser suite: one Chromium per test file, pages that record console
// errors, CSP violations and requests to other origins, and axe with the project's tags.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE = process.env.PORTAL_URL ?? 'http://127.0.0.1:8080';
export const LANGUAGES = JSON.parse(readFileSync(new URL('../../locales/languages.json', import.meta.url), 'utf8'));
export const ROUTES = ['/', '/services/id-card-replacement', '/services/product-quality-complaint/product', '/settings', '/accessibility', '/privacy', '/no-such-page'];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium with the flags this machine needs (no sandbox as root, no phoning home). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh context and page. `locale` drives navigator.languages. The returned `problems` list
 * collects console errors, uncaught exceptions, CSP violations and requests to other origins.
 */
export async function openPage(browser, { locale = 'zh-CN', viewport = { width: 1024, height: 768 } } = {}) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(BASE).origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

/** Loads `path` and waits until the app has rendered the page's heading. */
export async function visit(page, path) {
  await page.goto(BASE + path);
  await waitForPage(page);
}

export async function waitForPage(page) {
  await page.waitForSelector('#main-content h1:not(:empty)');
}

/** The text as a reader sees it: Fluent's invisible bidi isolation marks removed. */
export function visible(text) {
  return text.replace(/[\u2068\u2069]/g, '').trim();
}

/** axe violations on the current page, as short readable lines. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Site name in a language, read from the switcher-independent header link. */
export async function headerSiteName(page) {
  return visible(await page.locator('.app-header__site-name').innerText());
}

/** Reads one message from a locale file, for asserting real text rather than ids. */
export function message(lang, file, id) {
  const source = readFileSync(new URL(`../../locales/${lang}/${file}.ftl`, import.meta.url), 'utf8');
  const line = source.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`locales/${lang}/${file}.ftl: no message ${id}`);
  return line.slice(id.length + 3);
}
