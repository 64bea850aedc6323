import { describe, expect, it } from 'vitest';
import { useTestSession, pageHeading } from './browser';
import { retype, tabTo } from './keyboard';

const session = useTestSession();

const heading = pageHeading;

describe('a practice attempt in the browser', () => {
  it('goes from the library to the replay and the history with the keyboard alone', async () => {
    const page = await session().newPage({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(session().baseUrl);
    await expect.poll(() => heading(page)).toBe('Canary Coach');
    await page
      .getByRole('button', { name: /^Practise Database migration that breaks under load/ })
      .waitFor();
    await session().screenshot(page, 'app-1-home');

    await tabTo(page, /^Practise Database migration that breaks under load/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Brief:/);
    await session().screenshot(page, 'app-2-brief');

    await tabTo(page, /^Write your plan$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Plan:/);

    // Reorder by keyboard: the third segment moves down one place.
    await tabTo(page, /^3\. /);
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'moved to position 4' }).count())
      .toBe(1);

    await tabTo(page, /^Stage 1 percent/);
    await retype(page, '1');
    await tabTo(page, /^Stage 1 sign-off/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Stage 2 percent/);
    await retype(page, '25');
    await tabTo(page, /^Stage 2 hold$/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Stage 2 stable minutes/);
    await retype(page, '720');
    await tabTo(page, /^Stage 2 give up after minutes$/);
    await retype(page, '2880');
    await tabTo(page, /^Add a threshold$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Confidence for the always-valid check/);
    await retype(page, '0.95');
    await tabTo(page, /^On-call SRE$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^When they can be reached/);
    await page.keyboard.press('ArrowUp');
    await tabTo(page, /^Rollback mechanism/);
    await page.keyboard.press('Home');
    await tabTo(page, /^Follow the canary with a randomized A\/B test/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Show hint: Who goes first\?/);
    await page.keyboard.press('Enter');
    await session().screenshot(page, 'app-3-plan');

    await tabTo(page, /^Commit the plan$/);
    await page.keyboard.press('Enter');
    await page.getByText('Your plan is committed and locked.').waitFor();
    await tabTo(page, /^Run the canary$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Run:/);
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 20_000 });
    await tabTo(page, /^Play$/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
    await session().screenshot(page, 'app-4-run-playing');
    // A short run may have played to its end already.
    if (await page.getByRole('button', { name: 'Skip to the end' }).isEnabled()) {
      await tabTo(page, /^Skip to the end$/);
      await page.keyboard.press('Enter');
    }
    await session().screenshot(page, 'app-5-run-ended');

    await tabTo(page, /^See your score$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Score:/);
    await expect.poll(() => page.getByText(/hint used/).count()).toBeGreaterThan(0);
    await session().screenshot(page, 'app-6-score');

    await tabTo(page, /^Open the replay$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Replay:/);
    await tabTo(page, /^Timeline$/);
    for (let i = 0; i < 40; i++) await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('#replay-scrubber').inputValue()).not.toBe('0');
    await session().screenshot(page, 'app-7-replay');

    // The smallest supported window, in the dark theme.
    await tabTo(page, /^Theme$/);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    await page.setViewportSize({ width: 1024, height: 700 });
    await session().screenshot(page, 'app-8-replay-dark-1024');

    await tabTo(page, /^See your progress$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('History and progress');
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await tabTo(page, /^JSON report of /);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^canary-report-storage-migration-under-load-seed\d+\.json$/,
    );
    await page.setViewportSize({ width: 1920, height: 1080 });
    await session().screenshot(page, 'app-9-history-dark-1920');
    expect(errors).toEqual([]);
  });
});
