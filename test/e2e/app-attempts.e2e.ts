import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageHeading, useTestSession } from './browser';
import { setTheme } from './pageChecks';

// Attempts with an address: a saved attempt's Score and Replay survive a reload, History
// reopens and compares them; the cohort is kept across reloads; the pack dialog opens on Keep.

const session = useTestSession();

async function practise(page: Page): Promise<void> {
  await page.goto(session().baseUrl);
  await page
    .getByRole('button', { name: /^Practise Database migration that breaks under load/ })
    .click();
  await page.getByRole('button', { name: 'Write your plan' }).click();
  await page.getByRole('button', { name: 'Commit the plan' }).click();
  await page.getByRole('button', { name: 'Run the canary' }).click();
  await page.getByRole('button', { name: 'See your score' }).click({ timeout: 30_000 });
  await expect.poll(() => pageHeading(page)).toMatch(/^Score:/);
}

const totalText = (page: Page) => page.getByRole('region', { name: 'Total' }).textContent();

/**
 * The elements of the screen's content that stick out of the window sideways. (The header is
 * the design system's: it is checked by its own screenshots.)
 */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A wide table may scroll inside its own region; only what the page itself would scroll counts.
    const clipped = (element: HTMLElement) => {
      for (let at = element.parentElement; at && at.id !== 'main'; at = at.parentElement) {
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>('#main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

/** Light and dark, wide and narrow: the four screenshots of one screen. */
async function shootFourWays(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await session().screenshot(page, `${name}-${theme}-${width}`);
      expect(await sidewaysOverflow(page), `${name} ${theme} ${width}`).toEqual([]);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await setTheme(page, 'light');
}

describe('attempts with an address, in Chromium', () => {
  it('reopens a saved attempt’s score and replay after a reload, and compares two in History', async () => {
    const page = await session().newPage();
    await practise(page);
    const address = await page.evaluate(() => window.location.hash);
    expect(address).toMatch(/^#\/attempt\/[\w-]+\/score$/);
    const total = await totalText(page);

    await page.reload();
    await expect.poll(() => pageHeading(page)).toMatch(/^Score:/);
    expect(await page.evaluate(() => window.location.hash)).toBe(address);
    expect(await totalText(page)).toBe(total);

    await page.getByRole('button', { name: 'Open the replay' }).click();
    await expect.poll(() => pageHeading(page)).toMatch(/^Replay:/);
    await page.reload();
    await expect.poll(() => pageHeading(page)).toMatch(/^Replay:/);
    expect(await page.evaluate(() => window.location.hash)).toBe(
      address.replace(/score$/, 'replay'),
    );

    // Back goes to the score, as it would on any site.
    await page.goBack();
    await expect.poll(() => pageHeading(page)).toMatch(/^Score:/);

    // A second attempt, then the first one relabelled a mock interview in storage, so History
    // shows both kinds (a real mock takes minutes; its labelling is tested in the components).
    await practise(page);
    await page.evaluate(() => {
      const key = 'canary-coach:history';
      // The one history format: an envelope whose data holds the attempts.
      const file = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        data: { attempts: { report: Record<string, unknown> }[] };
      };
      const first = file.data.attempts[0];
      if (first) {
        first.report['mode'] = 'mock';
        first.report['mock'] = { limitMinutes: 10, usedSeconds: 480, probes: [], answer: 'x' };
      }
      localStorage.setItem(key, JSON.stringify(file));
    });
    await page.goto(`${session().baseUrl}#/history`);
    await page.reload();
    await expect.poll(() => pageHeading(page)).toBe('History and progress');
    const rows = page.getByRole('table', { name: 'Attempts' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.nth(1).getByText('Mock interview').count()).toBe(1);

    const boxes = page.getByRole('checkbox', { name: /^Compare / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Two attempts side by side');
    await shootFourWays(page, 'flows-history-compare');

    // The comparison has an address of its own, which a reload keeps.
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/compare\/[^/]+\/[^/]+$/);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Two attempts side by side');

    // Reopen the mock's replay from its row, by keyboard.
    await page.getByRole('button', { name: /^Replay of .*mock interview/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pageHeading(page)).toMatch(/^Replay:/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Two practice runs, four screenshots and three reloads: longer than one screen's test.
  }, 180_000);

  it('keeps the instructor’s cohort across a reload, filtered by scenario', async () => {
    const page = await session().newPage();
    await practise(page);
    const report = JSON.parse(
      await page.evaluate(
        () =>
          JSON.stringify(
            (
              JSON.parse(localStorage.getItem('canary-coach:history') ?? '{}') as {
                data: { attempts: { report: unknown }[] };
              }
            ).data.attempts[0]?.report,
          ) ?? '{}',
      ),
    ) as Record<string, unknown>;
    const file = (name: string, body: Record<string, unknown>) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(body)),
    });
    const unnamed = { ...report };
    delete unnamed['learner'];
    await page.getByRole('button', { name: 'Cohort' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import learners’ reports…' }).click(),
    ]);
    await chooser.setFiles([
      file('ada.json', { ...report, learner: 'Ada Lovelace' }),
      file('bea.json', {
        ...report,
        learner: 'Bea',
        scenarioId: 'other-scenario',
        scenarioTitle: 'Another scenario',
      }),
      file('canary-report-seed9.json', unnamed),
    ]);
    await page.getByText('Added 3 reports.').waitFor();

    await page.reload();
    await expect.poll(() => pageHeading(page)).toBe('Cohort results');
    const learners = page.getByRole('table').getByRole('rowheader');
    await expect.poll(() => learners.count()).toBe(3);
    await page
      .getByRole('combobox', { name: 'Scenario' })
      .selectOption({ label: 'Another scenario (1)' });
    await expect.poll(() => learners.count()).toBe(1);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('all');
    await shootFourWays(page, 'flows-cohort');
  });

  it('opens the pack replacement on Keep, so Enter keeps the stored pack', async () => {
    const page = await session().newPage();
    await page.goto(session().baseUrl);
    const pack = readFileSync('scenarios/examples/minimal-pack.json', 'utf8');
    const importVersion = async (version: string) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import a pack…' }).click(),
      ]);
      await chooser.setFiles({
        name: `pack-${version}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(pack.replace('"version": "1.0.0"', `"version": "${version}"`)),
      });
    };
    await importVersion('1.0.0');
    await page.getByText('Imported "Smallest pack that loads".').waitFor();
    await importVersion('1.1.0');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep');
    await page.keyboard.press('Enter');
    await page.getByText('Kept "Smallest pack that loads" 1.0.0.').waitFor();
    // Focus went back to the button that opened the dialog, not to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import a pack…');
  });
});
