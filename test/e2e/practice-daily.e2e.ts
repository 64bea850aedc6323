import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { xapiStatementSchema } from '../../contract/learningRecords/xapiSchema';
import { historyExportText } from '../../contract/history';
import { pageHeading, useTestSession } from './browser';
import { tabTo } from './keyboard';
import { seriousAxeViolations, setTheme } from './pageChecks';
import { library, weakPracticeAttempt } from './savedAttempts';

// Issue 17 in the browser: today's challenge generated and calibrated in the engine worker, the
// practise-next card and the streak from a saved history, the xAPI export, and an axe audit
// of the new Home in both themes.

const session = useTestSession();

const localDate = (daysAgo: number) => {
  const date = new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A history of real scored reports: a weak practice attempt 3 days ago, yesterday's daily. */
function savedHistory(): string {
  const scenario = library.scenarios.find((s) => s.changeKind === 'model');
  if (!scenario) throw new Error('No model scenario in the library.');
  return historyExportText([
    weakPracticeAttempt(scenario, 'practice-1', 3, { activeSeconds: 600 }),
    weakPracticeAttempt(scenario, 'daily-1', 1, { daily: { date: localDate(1) } }),
  ]);
}

/** The ids of axe's serious and critical violations on the page. */
const axeFindings = async (page: Page) => (await seriousAxeViolations(page)).map((v) => v.id);

describe('endless practice in the browser', () => {
  it('shows why to practise next and the streak, passes axe in both themes, and exports xAPI', async () => {
    const page = await session().newPage({ width: 1280, height: 800 });
    await page.goto(session().baseUrl);
    await page.evaluate(
      (text) => localStorage.setItem('canary-coach:history', text),
      savedHistory(),
    );
    await page.reload();
    const next = page.getByRole('region', { name: 'Practise next' });
    await expect
      .poll(() => next.textContent())
      .toMatch(/on model upgrades(Due today|Due since \w+); last \d+\/100\./);
    const daily = page.getByRole('region', { name: 'Daily challenge' });
    await expect.poll(() => daily.textContent()).toMatch(/Streak: 1 day in a row/);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      expect(await axeFindings(page)).toEqual([]);
      await session().screenshot(page, `practice/home-${theme}-1280`);
      await page.setViewportSize({ width: 390, height: 844 });
      await session().screenshot(page, `practice/home-${theme}-390`);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await setTheme(page, 'light');

    await page.getByRole('button', { name: 'History', exact: true }).click();
    await expect.poll(() => pageHeading(page)).toBe('History and progress');
    await tabTo(page, /^Export for a learning platform \(xAPI\)$/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    const statements = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    expect(statements).toHaveLength(6);
    for (const statement of statements)
      expect(xapiStatementSchema.safeParse(statement).success).toBe(true);
    await session().screenshot(page, 'practice/history-streak-light-1280');
  });

  it('prepares today’s challenge in the worker with progress and opens its brief', async () => {
    const page = await session().newPage({ width: 1280, height: 800 });
    await page.goto(session().baseUrl);
    await expect.poll(() => pageHeading(page)).toBe('Canary Coach');
    await tabTo(page, /^Start today’s challenge$/);
    await page.keyboard.press('Enter');
    const progress = page.getByRole('progressbar', { name: /^Checking it is fair/ });
    await progress.waitFor({ timeout: 20_000 });
    await session().screenshot(page, 'practice/daily-preparing-light-1280');
    await expect.poll(() => pageHeading(page), { timeout: 55_000 }).toMatch(/^Brief:/);
    expect(page.url()).toContain(`/scenario/daily-challenge-${localDate(0)}/`);
    await session().screenshot(page, 'practice/daily-brief-light-1280');
  }, 90_000);
});
