import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { historyExportText } from '../../contract/history';
import { pageHeading, useTestSession } from './browser';
import { tabTo } from './keyboard';
import { seriousAxeViolations, setTheme } from './pageChecks';
import { library, weakPracticeAttempt } from './savedAttempts';

// Issue 17's open gaps in the browser: "Practise next" on a freshly generated scenario of the
// due kind once the library's are all played (calibrated in the engine worker, with progress),
// and a pack's cmi5 course exported from the library.

const session = useTestSession();
/** A weak attempt, three days ago, on every model scenario of the built-in library. */
const everyModelScenarioPlayed = () =>
  historyExportText(
    library.scenarios
      .filter((scenario) => scenario.changeKind === 'model')
      .map((scenario, i) => weakPracticeAttempt(scenario, `model-${i}`, 3)),
  );

/** The ids of axe's serious and critical violations on the page. */
const axeFindings = async (page: Page) => (await seriousAxeViolations(page)).map((v) => v.id);

describe('fresh practice and the cmi5 course in the browser', () => {
  it('offers a fresh scenario of the due kind first, generates it with progress, and opens it', async () => {
    const page = await session().newPage({ width: 1280, height: 800 });
    await page.goto(session().baseUrl);
    await page.evaluate(
      (text) => localStorage.setItem('canary-coach:history', text),
      everyModelScenarioPlayed(),
    );
    await page.reload();
    const next = page.getByRole('region', { name: 'Practise next' });
    await expect
      .poll(() => next.textContent())
      .toMatch(/You have played every model upgrade in your library/);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      expect(await axeFindings(page)).toEqual([]);
      await next.screenshot({ path: `test-results/screenshots/practice/fresh-card-${theme}.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await next.screenshot({
        path: `test-results/screenshots/practice/fresh-card-${theme}-390.png`,
      });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await setTheme(page, 'light');

    await tabTo(page, /^Practise a fresh model upgrade \((introductory|standard|hard)\)$/);
    await page.keyboard.press('Enter');
    const progress = next.getByRole('progressbar', { name: /Checking it is fair/ });
    await progress.waitFor({ timeout: 30_000 });
    await next.screenshot({ path: 'test-results/screenshots/practice/fresh-card-generating.png' });
    await expect.poll(() => pageHeading(page), { timeout: 85_000 }).toMatch(/^Brief:/);
    expect(page.url()).toMatch(/\/scenario\/generated-(introductory|standard|hard)-model-\d+\//);
    await session().screenshot(page, 'practice/fresh-brief-light-1280');
  }, 150_000);

  it('exports a pack as a cmi5 course structure from the library with the keyboard', async () => {
    const page = await session().newPage({ width: 1280, height: 800 });
    await page.goto(session().baseUrl);
    await expect.poll(() => pageHeading(page)).toBe('Canary Coach');
    await tabTo(page, new RegExp(`^Export as a cmi5 course: ${library.title}$`));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`canary-coach-cmi5-${library.id}.xml`);
    const xml = readFileSync(await saved.path(), 'utf8');
    expect(xml).toContain(
      '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    );
    expect(xml.match(/<au /g)).toHaveLength(library.scenarios.length);
    await expect
      .poll(() =>
        page.getByRole('region', { name: library.title }).getByRole('status').textContent(),
      )
      .toBe('Exported as a cmi5 course (XML).');
    await page.getByRole('region', { name: library.title }).screenshot({
      path: 'test-results/screenshots/practice/course-export-light.png',
    });
    // On a phone the button wraps under the pack's title; nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await setTheme(page, 'dark');
    const head = page.getByRole('region', { name: library.title }).locator('.section-head');
    await head.screenshot({ path: 'test-results/screenshots/practice/course-export-dark-390.png' });
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways).toBe(false);
  }, 60_000);
});
