// The ID card journey from the home page to the reference number, in a real Chromium under
// emulated slow 3G (300 ms round trip, 700 kbps down, 400 kbps up) and a 4x CPU slowdown.
// "cold" is a first visit (empty caches, no service worker); "warm" repeats the journey in the
// same browser profile, as a citizen coming back would.
import { chromium } from 'playwright-core';

const SLOW_3G = { offline: false, latency: 300, downloadThroughput: (700 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const BASE_PATH = '/services/id-card-replacement';

async function onPage(page, path) {
  await page.waitForFunction((p) => location.pathname === p, path, { timeout: 120000 });
  await page.waitForSelector('#main-content h1:not(:empty)', { timeout: 120000 });
}

async function next(page) {
  await page.click('#main-content form button[type=submit]');
}

/** Throttles every target the context opens: pages and, when it appears, the service worker. */
async function throttle(context, page) {
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', SLOW_3G);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return session;
}

/** Used JS heap (V8) of the page, in bytes. */
async function heap(session) {
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Records every WebAssembly memory the page instantiates (bench-only instrumentation, injected
 * before any script runs; the app itself exposes nothing).
 */
function recordWasmMemories() {
  window.benchWasmMemories = [];
  const keep = (result) => {
    const instance = result.instance ?? result;
    for (const value of Object.values(instance.exports ?? {})) {
      if (value instanceof WebAssembly.Memory && !window.benchWasmMemories.includes(value)) window.benchWasmMemories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

/** The bytes of the app's wasm linear memory (shared by the main module and its chunks). */
async function wasmMemory(page) {
  return page.evaluate(() => window.benchWasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
}

/** One journey; returns wall time (ms), bytes over the network and memory after it. */
async function journey(context, base, { name }) {
  const page = await context.newPage();
  const session = await throttle(context, page);
  let bytes = 0;
  let requests = 0;
  const counting = async (request) => {
    const response = await request.response();
    if (!response || response.fromServiceWorker()) return;
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    requests += 1;
  };
  const pending = [];
  context.on('requestfinished', (r) => pending.push(counting(r)));
  let peakHeap = 0;
  const sample = async () => { peakHeap = Math.max(peakHeap, await heap(session)); };

  const started = performance.now();
  await page.goto(`${base}/?lang=zh-CN`, { timeout: 120000 });
  await onPage(page, '/');
  await sample();
  await page.click(`a[href="${BASE_PATH}"]`);
  await onPage(page, BASE_PATH);
  await page.click('.app-button--start');
  await onPage(page, `${BASE_PATH}/reason`);
  await sample();
  await page.check('#reason');
  await next(page);
  await onPage(page, `${BASE_PATH}/date-of-birth`);
  await page.fill('#date-of-birth-day', '31');
  await page.fill('#date-of-birth-month', '12');
  await page.fill('#date-of-birth-year', '1949');
  await next(page);
  await onPage(page, `${BASE_PATH}/full-name`);
  await page.fill('#full-name', '张三');
  await next(page);
  await onPage(page, `${BASE_PATH}/id-number`);
  await page.fill('#id-number', '11010519491231002X');
  await next(page);
  await onPage(page, `${BASE_PATH}/contact`);
  await page.fill('#mobile', '13800138000');
  await next(page);
  await onPage(page, `${BASE_PATH}/collection`);
  await page.check('#collection');
  await next(page);
  await onPage(page, `${BASE_PATH}/check-answers`);
  await sample();
  await next(page);
  await onPage(page, `${BASE_PATH}/confirmation`);
  await page.waitForSelector('.app-panel__reference', { timeout: 120000 });
  const wall = performance.now() - started;
  await sample();
  const wasm = await wasmMemory(page);
  await Promise.all(pending);
  context.removeAllListeners('requestfinished');
  await page.close();
  return { name, wall, bytes, requests, peakHeap, wasm };
}

export async function journeys(base) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await context.addInitScript(recordWasmMemories);
    const cold = await journey(context, base, { name: 'cold' });
    // Let the service worker finish keeping the journey before the citizen comes back.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const warm = await journey(context, base, { name: 'warm' });
    await context.close();
    return [cold, warm];
  } finally {
    await browser.close();
  }
}
