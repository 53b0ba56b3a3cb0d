// Keyboard-only helpers: focus only ever moves by Tab or arrow keys, as for someone without a
// mouse or touch screen.

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types into a field reached by Tab, replacing what was there. */
export async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Chooses a radio: Tab into the group, arrow keys to the option, Space to select it. */
export async function chooseRadio(page, name, id) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 20; i += 1) {
    if (await page.evaluate((target) => document.activeElement.id === target, id)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
}

/** Ticks a checkbox reached by Tab. */
export async function tick(page, id) {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Space');
}

/** Activates the page's Continue (or Send) button by keyboard and waits for the next page. */
export async function submit(page) {
  const before = page.url();
  await tabTo(page, '#main-content form button[type=submit]');
  await page.keyboard.press('Enter');
  return before;
}

/** Follows a link reached by Tab. */
export async function follow(page, selector) {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}
