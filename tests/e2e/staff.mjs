// A portal-server of its own for tests that need staff: reached as http://localhost (passkeys
// need a host name), with `portal-server staff add` and a Chromium tab whose virtual
// authenticator stands in for a phone's passkey.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, message, untilHealthy } from './portal.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = process.env.PORTAL_SERVER_BIN ?? 'target/debug/portal-server';
export const text = (lang, id) => message(lang, 'console/console', id);

/** Starts portal-server on a free port of loopback, with `more` options; `stop()` ends it. */
export async function startServer(more = []) {
  const folder = mkdtempSync(join(tmpdir(), 'portal-console-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const data = join(folder, 'portal.sqlite');
  const args = ['--bind', `127.0.0.1:${port}`, '--dist', `${root}dist`, '--data', data, ...more];
  const child = spawn(bin, ['serve', ...args], { cwd: root, env: { ...process.env, RUST_LOG: 'error' }, stdio: 'ignore' });
  const url = `http://localhost:${port}`;
  await untilHealthy(url, child);
  const command = (...words) => execFileSync(bin, [...words, ...args], { cwd: root, env: { ...process.env, RUST_LOG: 'error' } }).toString();
  return { url, data, command, stop: () => { child.kill(); rmSync(folder, { recursive: true, force: true }); } };
}

/** A browser tab with a virtual platform authenticator (resident keys, user verified). */
export async function consoleTab(browser, server, { locale = 'zh-CN', width = 1024 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== server.url) problems.push(`request to another origin: ${request.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true,
      isUserVerified: true, automaticPresenceSimulation: true,
    },
  });
  return { context, page, problems };
}

/** Waits for the page's one `h1`, focused, and a title that names it. */
export async function heading(page, expected) {
  await page.waitForFunction((want) => document.querySelector('h1')?.textContent === want, expected, { timeout: 20000 });
  assert.equal(await page.locator('h1').count(), 1, 'one h1');
  // Focus moves on the frame after the heading is drawn: wait for it, then assert it.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the heading');
  assert.ok((await page.title()).startsWith(expected), `title names the page: ${await page.title()}`);
}

/** `portal-server staff add`'s setup link. */
export function addStaff(server, department, role, name) {
  const printed = server.command('staff', 'add', '--department', department, '--role', role, '--name', name);
  const link = printed.split('\n').find((l) => l.includes('/console/setup#'));
  assert.ok(link?.startsWith(`${server.url}/console/setup#`), printed);
  return link;
}

/** Opens a setup link in a new tab and enrols a passkey; returns the signed-in tab. */
export async function enrol(browser, server, link, options) {
  const tab = await consoleTab(browser, server, options);
  await tab.page.goto(link);
  await heading(tab.page, text(options?.locale ?? 'zh-CN', 'setup-title'));
  assert.deepEqual(await axeViolations(tab.page), []);
  await tab.page.getByRole('button', { name: text(options?.locale ?? 'zh-CN', 'setup-button') }).click();
  return tab;
}
