import type { Page } from 'playwright-core';

/** The accessible-ish name of the focused element: enough to find controls by their words. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = (element as HTMLInputElement).labels?.[0];
    // A label wrapping its control: its own words only, not the options of a select.
    const words = label?.cloneNode(true) as HTMLElement | undefined;
    words?.querySelectorAll('select, input, textarea').forEach((control) => control.remove());
    return (words?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (and only Tab) until the focused control's name matches; fails after `limit`. */
export async function tabTo(page: Page, name: RegExp, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`No control named ${String(name)} within ${limit} Tab presses.`);
}

/** Replaces the focused input's text by typing. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
