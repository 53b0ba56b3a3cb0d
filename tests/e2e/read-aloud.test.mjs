// Read aloud. Headless Chromium has no voices, so these tests give the page a stand-in for the
// browser's speech synthesis that records what it is asked to say, in which voice and language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, message, openPage, visible, visit } from './portal.mjs';

function fakeSpeech(voiceLanguages) {
  return (languages) => {
    window.spoken = [];
    const voices = languages.map((lang) => ({ lang, name: `voice ${lang}`, default: false, localService: true, voiceURI: lang }));
    window.SpeechSynthesisUtterance = class {
      constructor(text) { this.text = text; }
    };
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak: (u) => window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang }),
        cancel: () => { window.cancelled = (window.cancelled ?? 0) + 1; },
        pause: () => { window.paused = true; },
        resume: () => { window.paused = false; },
        onvoiceschanged: null,
      },
    });
  };
}

describe('read aloud', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser.close(); });

  it('reads the page in order in a voice for the language, with pause and stop', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'zh-CN' });
    await context.addInitScript(fakeSpeech(), ['en-US', 'zh-HK', 'zh-CN']);
    await visit(page, '/accessibility');
    await page.click('text=' + message('zh-CN', 'shell', 'read-aloud-listen'));
    // The reader's code arrives on first use (its own wasm chunk).
    await page.waitForFunction(() => window.spoken.length >= 2);
    const spoken = await page.evaluate(() => window.spoken);
    assert.equal(spoken[0].text, message('zh-CN', 'statements', 'accessibility-title'), 'starts with the heading');
    assert.equal(visible(spoken[1].text), message('zh-CN', 'statements', 'accessibility-intro'), 'then the text below it');
    assert.ok(spoken.every((s) => s.lang === 'zh-CN' && s.voice === 'zh-CN'), 'Mandarin voice, not Cantonese or English');
    assert.ok(!spoken.some((s) => s.text.includes(message('zh-CN', 'shell', 'read-aloud-listen'))), 'the controls are not read');
    await page.click('text=' + message('zh-CN', 'shell', 'read-aloud-pause'));
    assert.equal(await page.evaluate(() => window.paused), true);
    await page.click('text=' + message('zh-CN', 'shell', 'read-aloud-resume'));
    assert.equal(await page.evaluate(() => window.paused), false);
    await page.click('text=' + message('zh-CN', 'shell', 'read-aloud-stop'));
    assert.ok(await page.locator('text=' + message('zh-CN', 'shell', 'read-aloud-listen')).isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads an application’s progress in Uyghur: the status and the department’s message', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ug' });
    await context.addInitScript(fakeSpeech(), ['ug-CN', 'zh-CN']);
    await context.addInitScript(() => localStorage.setItem('portal.sent', JSON.stringify([
      { reference: 'ACDE3467', secret: 'X7K9MP', service: 'id-card-replacement', status: 'received' }])));
    await page.route('**/api/track', (route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        reference: 'ACDE3467', service: 'id-card-replacement', received_at: 1796000000, status: 'completed',
        history: [{ status: 'completed', at: 1796300000, message: 'يېڭى كىملىك تەييار بولدى.' }], can_rate: false, rating: null,
      }),
    }));
    await visit(page, '/track?reference=ACDE3467');
    await page.waitForSelector('#progress-result .app-track__status');
    await page.click('text=' + message('ug', 'shell', 'read-aloud-listen'));
    await page.waitForFunction(() => window.spoken.some((s) => s.text.includes('يېڭى كىملىك تەييار بولدى.')));
    const spoken = await page.evaluate(() => window.spoken);
    assert.equal(visible(spoken[0].text), visible(message('ug', 'track', 'track-title')), 'starts with the heading');
    assert.ok(spoken.some((s) => visible(s.text).includes(visible(message('ug', 'track', 'track-status-completed')))), 'the status');
    assert.ok(spoken.every((s) => s.lang === 'ug' && s.voice === 'ug-CN'), 'in a Uyghur voice');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says so when the device has no voice for the language, instead of reading in another', async () => {
    const { context, page } = await openPage(browser, { locale: 'ug' });
    await context.addInitScript(fakeSpeech(), ['en-US', 'zh-CN']);
    await visit(page, '/services/id-card-replacement?lang=ug');
    const note = visible(await page.textContent('.app-read-aloud'));
    assert.ok(note.includes('ئۇيغۇرچە'), note);
    assert.equal(await page.locator('.app-read-aloud button').count(), 0, 'nothing to press');
    await context.close();
  });

  it('is not offered where the browser has no speech synthesis', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
    await context.addInitScript(() => { delete window.speechSynthesis; Object.defineProperty(window, 'speechSynthesis', { value: undefined }); });
    await visit(page, '/');
    assert.equal(await page.locator('.app-read-aloud').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
