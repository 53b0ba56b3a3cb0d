// Lighthouse with its mobile defaults (simulated slow 4G: 150 ms RTT, 1.6 Mbps; 4x CPU
// slowdown; Moto G Power screen) on Debian's Chromium, one fresh headless browser per page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * One Lighthouse run of `url`; returns the scores (0-100) and the metrics in ms / bytes. A run
 * whose trace Lighthouse itself could not record (NO_NAVSTART and the like) is tried again, up to
 * three times; such a run measured nothing, so nothing is hidden by trying again.
 */
export async function audit(url) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await auditOnce(url);
    } catch (error) {
      if (attempt >= 3 || !error.lighthouseRuntime) throw error;
      console.error(`${error.message}; trying again`);
    }
  }
}

async function auditOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) {
      throw Object.assign(new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`), { lighthouseRuntime: true });
    }
    const metric = (id) => audits[id]?.numericValue ?? NaN;
    const failing = Object.values(audits)
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
      .map((a) => a.id);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      tti: metric('interactive'),
      si: metric('speed-index'),
      cls: metric('cumulative-layout-shift'),
      bytes: metric('total-byte-weight'),
      requests: audits['network-requests']?.details?.items?.length ?? NaN,
      failing,
    };
  } finally {
    await chrome.kill();
  }
}
