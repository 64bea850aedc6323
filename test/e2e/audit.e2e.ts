import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageHeading, SCREENSHOT_DIRECTORY, useTestSession } from './browser';
import { seriousAxeViolations, setTheme } from './pageChecks';

// Every screen, audited with axe-core and photographed in both themes at a laptop size and a
// phone size, in one page that walks through a whole attempt (one browser, one run).

const session = useTestSession();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

interface Finding {
  readonly screen: string;
  readonly theme: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: string;
}

/** axe's serious and critical violations on the page as it stands, named by screen and theme. */
async function audit(page: Page, screen: string, theme: string): Promise<Finding[]> {
  return (await seriousAxeViolations(page)).map((v) => ({
    screen,
    theme,
    rule: v.id,
    impact: v.impact ?? '',
    targets: v.nodes
      .slice(0, 4)
      .map((n) => n.target.join(' '))
      .join(' | '),
  }));
}

/** Elements reaching past the window's right edge (a page that scrolls sideways), named. */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (el) =>
          !el.parentElement ||
          el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1,
      )
      .slice(0, 3)
      .map(name);
  });

const findings: Finding[] = [];
const sideways: string[] = [];

/** Audits the screen in both themes and saves its four pictures; the page ends light, 1280 px. */
async function checkScreen(page: Page, name: string): Promise<void> {
  for (const theme of THEMES) {
    await setTheme(page, theme);
    findings.push(...(await audit(page, name, theme)));
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const wide = await overflowsSideways(page);
      if (wide.length > 0) sideways.push(`${name} ${theme} ${size.width}px: ${wide.join(', ')}`);
      await session().screenshot(page, `screens/${name}-${theme}-${size.width}`);
    }
    await page.setViewportSize(SIZES[0]);
  }
  await setTheme(page, 'light');
}

const errors: string[] = [];
let shared: Page | undefined;
/** One page walks through every screen: each test below continues where the last one left. */
async function thePage(): Promise<Page> {
  if (shared) return shared;
  shared = await session().newPage(SIZES[0]);
  shared.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Where a refused inline style came from, so the message can name it.
  await shared.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod 4 probes once whether eval is allowed (a caught, harmless refusal): not a finding.
      if (e.blockedURI === 'eval') return;
      console.error(`CSP ${e.violatedDirective} from ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  return shared;
}
const STEP_TIMEOUT = 240_000;

describe('every screen, audited and photographed in both themes at 1280 and 390 px', () => {
  it(
    'walks Home, Brief, Plan, Run, Score and Replay',
    async () => {
      const page = await thePage();
      await page.goto(`${session().baseUrl}?mockSeconds=600`);
      await expect.poll(() => pageHeading(page)).toBe('Canary Coach');
      await page
        .getByRole('button', { name: /^Practise Database migration that breaks/ })
        .waitFor();
      await checkScreen(page, 'home');

      await page.getByRole('button', { name: /^Practise Database migration that breaks/ }).click();
      await expect.poll(() => pageHeading(page)).toMatch(/^Brief:/);
      await checkScreen(page, 'brief');

      await page.getByRole('button', { name: 'Write your plan' }).click();
      await expect.poll(() => pageHeading(page)).toMatch(/^Plan:/);
      await page.getByRole('button', { name: 'Show hint: Who goes first?' }).click();
      await checkScreen(page, 'plan');

      // A glossary term opened from the keyboard, then closed with Escape.
      const term = page.getByRole('button', { name: 'chance to catch: what this means' });
      await term.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Chance to catch' }).waitFor();
      findings.push(...(await audit(page, 'plan-glossary', 'light')));
      await session().screenshot(page, 'screens/plan-glossary-light-1280');
      await page.keyboard.press('Escape');
      await expect.poll(() => term.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.getByRole('button', { name: 'Commit the plan' }).click();
      await page.getByRole('heading', { name: 'Your committed plan' }).waitFor();
      await checkScreen(page, 'plan-committed');

      await page.getByRole('button', { name: 'Run the canary' }).click();
      await expect.poll(() => pageHeading(page)).toMatch(/^Run:/);
      const skip = page.getByRole('button', { name: 'Skip to the end' });
      await skip.waitFor({ timeout: 30_000 });
      // The whole run drawn: skipped to its end (the button then rests disabled).
      await skip.click();
      await expect.poll(() => skip.isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'See your score' }).waitFor({ timeout: 30_000 });
      await checkScreen(page, 'run');

      await page.getByRole('button', { name: 'See your score' }).click();
      await expect.poll(() => pageHeading(page)).toMatch(/^Score:/);
      await checkScreen(page, 'score');

      await page.getByRole('button', { name: 'Open the replay' }).click();
      await expect.poll(() => pageHeading(page)).toMatch(/^Replay:/);
      await checkScreen(page, 'replay');

      // The edited plan: the plan editors pre-filled, a change, and both runs side by side.
      await page.getByText(/^Edit your plan and replay it on the same seed/).click();
      const edited = page.getByRole('form', { name: 'Edited plan' });
      await edited.getByLabel('Stage 1 percent').fill('1');
      await edited.getByRole('button', { name: 'Run the edited plan' }).click();
      // Two week-long simulations (the worker's, then the drawn one) under a loaded machine.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 30_000 })
        .toMatch(/^Your plan and your edited plan, same seed/);
      await expect
        .poll(() => page.getByRole('region', { name: 'Your edited plan', exact: true }).count())
        .toBe(1);
      await checkScreen(page, 'replay-edited');
    },
    STEP_TIMEOUT,
  );

  it(
    'walks History and the Cohort with this attempt’s report',
    async () => {
      const page = await thePage();

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'History' })
        .click();
      await expect.poll(() => pageHeading(page)).toBe('History and progress');
      await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
      await checkScreen(page, 'history');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', { name: /^JSON report of / })
          .first()
          .click(),
      ]);
      const reportPath = await download.path();

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Cohort' })
        .click();
      await expect.poll(() => pageHeading(page)).toMatch(/cohort/i);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import learners’ reports…' }).click(),
      ]);
      await chooser.setFiles(reportPath);
      await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
      await checkScreen(page, 'cohort');
    },
    STEP_TIMEOUT,
  );

  it(
    'walks the mock interview: setup, the brief before the clock, the live interview',
    async () => {
      const page = await thePage();

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Library' })
        .click();
      await page.getByRole('button', { name: 'Mock interview' }).click();
      await expect.poll(() => pageHeading(page)).toBe('Mock interview');
      await checkScreen(page, 'mock-setup');
      await page.getByRole('button', { name: 'Read the brief' }).click();
      await page.getByRole('heading', { name: /^The brief: / }).waitFor();
      await checkScreen(page, 'mock-brief');
      await page.getByRole('button', { name: /^Start the clock/ }).click();
      await expect.poll(() => pageHeading(page)).toMatch(/^Mock interview: /);
      await checkScreen(page, 'mock-live');
    },
    STEP_TIMEOUT,
  );

  it('found no serious or critical violation, no sideways scroll and no console error', () => {
    writeFileSync(
      path.join(SCREENSHOT_DIRECTORY, 'screens', 'audit.json'),
      JSON.stringify({ errors, sideways, findings }, null, 2),
    );
    expect({ errors, sideways, findings }).toEqual({ errors: [], sideways: [], findings: [] });
  });
});
