// `cargo xtask bench web`: Lighthouse on three pages in two languages, a first visit's total
// with the service worker, and the slow-3G ID card journey, cold and warm, against portal-server
// at PORTAL_URL. Prints a Markdown table and writes it to BENCH_OUT. Figures, not tests: nothing here passes or fails on a number.
import { writeFileSync } from 'node:fs';
import { audit } from './lighthouse.mjs';
import { journeys } from './journey.mjs';
import { firstVisits } from './first_visit.mjs';

const base = process.env.PORTAL_URL ?? 'http://127.0.0.1:8080';
const out = process.env.BENCH_OUT ?? 'web.md';
const PAGES = [
  ['home', '/'],
  ['information page', '/services/id-card-replacement'],
  ['question page', '/services/product-quality-complaint/product'],
];
const LANGUAGES = ['zh-CN', 'ug'];

const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const mb = (v) => `${(v / 1024 / 1024).toFixed(1)} MB`;

const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} against portal-server (release, precompressed brotli) on ${base}.`, '');
lines.push('Lighthouse 13, mobile defaults (simulated slow 4G, 4x CPU slowdown):', '');
lines.push('| page | language | performance | accessibility | best practices | FCP | LCP | TBT | TTI | SI | CLS | bytes | requests | failed audits |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [name, path] of PAGES) {
  for (const lang of LANGUAGES) {
    const r = await audit(`${base}${path}?lang=${lang}`);
    const line = `| ${name} | ${lang} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${ms(r.tti)} | ${ms(r.si)} | ${r.cls.toFixed(3)} | ${kb(r.bytes)} | ${r.requests} | ${r.failing.join(', ') || 'none'} |`;
    console.log(line);
    lines.push(line);
  }
}
lines.push('', 'First visit with the service worker on (fresh profile, no throttling): every request of the page and of its worker until 20 s after load, on the wire:', '');
lines.push('| page | language | bytes | requests |');
lines.push('|---|---|---|---|');
for (const v of await firstVisits(base)) {
  const line = `| ${v.name} | ${v.lang} | ${kb(v.bytes)} | ${v.requests} |`;
  console.log(line);
  lines.push(line);
}
lines.push('', 'ID card journey, home page to reference number, zh-CN, Chromium with emulated slow 3G (300 ms RTT, 700 kbps down, 400 kbps up) and 4x CPU slowdown:', '');
lines.push('| cache | wall time | bytes over the network | requests | peak JS heap (sampled) | wasm memory after |');
lines.push('|---|---|---|---|---|---|');
for (const j of await journeys(base)) {
  const line = `| ${j.name} | ${ms(j.wall)} | ${kb(j.bytes)} | ${j.requests} | ${mb(j.peakHeap)} | ${mb(j.wasm)} |`;
  console.log(line);
  lines.push(line);
}
const table = `${lines.join('\n')}\n`;
writeFileSync(out, table);
console.log(`\n${table}`);
