// Shared helpers for the browser suite: one Chromium per test file, pages that record console
// errors, CSP violations and requests to other origins, and axe with the project's tags.
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE = process.env.PORTAL_URL ?? 'http://127.0.0.1:8080';
export const LANGUAGES = JSON.parse(readFileSync(new URL('../../locales/languages.json', import.meta.url), 'utf8'));
export const ROUTES = ['/', '/services/id-card-replacement', '/services/product-quality-complaint/product', '/settings', '/accessibility', '/privacy', '/track', '/no-such-page'];
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

/** Loads `path`, waits until the app runs the page with its heading, and returns the response. */
export async function visit(page, path) {
  const response = await page.goto(BASE + path);
  await waitForPage(page);
  return response;
}

/**
 * Waits until the app runs the page and shows its heading. A page that arrived complete from
 * the server waits for the citizen before the app starts: a key press (Shift, which moves
 * nothing) starts it, as a citizen's first touch does, and the app takes the page over.
 */
export async function waitForPage(page) {
  await page.waitForSelector('#main-content h1:not(:empty)');
  const prerendered = await page.evaluate(() => document.getElementById('app-static-shell')?.hasAttribute('data-prerendered') ?? false);
  if (prerendered) {
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => !document.getElementById('app-static-shell') && document.getElementById('app-root')?.hidden === false, null, { timeout: 30000 });
    await page.waitForSelector('#main-content h1:not(:empty)');
  }
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

/**
 * What portal-server stored for `service`, read with `portal-server export` (the same binary and
 * database the suite runs against; `cargo xtask test` passes both).
 */
export function stored(service) {
  const bin = process.env.PORTAL_SERVER_BIN ?? 'target/debug/portal-server';
  const data = process.env.PORTAL_DATA_FILE;
  if (!data) throw new Error('PORTAL_DATA_FILE is not set: run the suite through `cargo xtask test`');
  const root = new URL('../../', import.meta.url).pathname;
  const out = execFileSync(bin, ['export', '--service', service, '--format', 'jsonl', '--data', data, '--dist', `${root}dist`], { cwd: root, env: { ...process.env, RUST_LOG: 'error' } });
  return out.toString().split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Waits until the portal-server `child` answers at `url`; stops it if it never does. */
export async function untilHealthy(url, child) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch { /* not listening yet */ }
    if (attempt > 100) { child.kill(); throw new Error(`portal-server did not start on ${url}`); }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A second portal-server of its own over a copy of dist/, for a test that changes the deployed
 * files (a new release) without disturbing the shared server. Returns its base URL, the copied
 * folder and `stop()`.
 */
export async function privateServer() {
  const bin = process.env.PORTAL_SERVER_BIN ?? 'target/debug/portal-server';
  const root = new URL('../../', import.meta.url).pathname;
  const folder = mkdtempSync(join(tmpdir(), 'portal-release-'));
  cpSync(`${root}dist`, join(folder, 'dist'), { recursive: true });
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(bin, ['serve', '--bind', `127.0.0.1:${port}`, '--dist', join(folder, 'dist'), '--data', join(folder, 'portal.sqlite')],
    { cwd: root, env: { ...process.env, RUST_LOG: 'error' }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await untilHealthy(url, child);
  return {
    url,
    dist: join(folder, 'dist'),
    stop: () => { child.kill(); rmSync(folder, { recursive: true, force: true }); },
  };
}
