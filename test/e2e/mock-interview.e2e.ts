import { describe, expect, it } from 'vitest';
import { useTestSession, pageHeading } from './browser';
import { tabTo } from './keyboard';

const session = useTestSession();

const heading = pageHeading;

const ANSWER =
  'As the PM I own who goes first, what makes us roll back and how long we hold. ' +
  'Staff go first, then opted-in insiders, and wholesale accounts last. ' +
  'We roll back if errors rise 0.5 points over control or p99 latency rises 150 ms. ' +
  'Each stage holds at least two hours and I sign off before the next one. ' +
  'The on-call SRE can flip routing back within five minutes at any hour. ' +
  'The canary only says it is safe; an A/B test afterwards tells us if it is better.';

describe('a mock interview in the browser', () => {
  it('runs a 40-second interview with the keyboard to its score', async () => {
    const page = await session().newPage({ width: 1280, height: 900 });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Every built-in interview lasts ten minutes; the query parameter shortens it for tests.
    await page.goto(`${session().baseUrl}?mockSeconds=40`);
    await expect.poll(() => heading(page)).toBe('Canary Coach');
    await tabTo(page, /^Mock interview$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Mock interview');
    await tabTo(page, /^Scenario$/);
    await page.keyboard.press('Home');
    await session().screenshot(page, 'mock-1-setup');

    expect(await page.getByText('This interview lasts 40 seconds.', { exact: false }).count()).toBe(
      1,
    );
    await tabTo(page, /^Read the brief$/);
    await page.keyboard.press('Enter');
    // The brief comes first; the clock waits for the candidate.
    await page.getByRole('heading', { name: /^The brief: / }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mock-brief-heading');
    expect(await page.getByText('The clock has not started.', { exact: false }).count()).toBe(1);
    await session().screenshot(page, 'mock-1b-brief');
    await tabTo(page, /^Start the clock: 40 seconds$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Mock interview: /);
    await tabTo(page, /^What you would say$/);
    // The 30-second warning shows from 10 s to 20 s of 40 (then half-time replaces it): watch
    // for it before typing, which takes seconds on a busy machine.
    await page.getByText('Thirty seconds left.').waitFor({ timeout: 15_000 });
    await page.keyboard.type(ANSWER, { delay: 0 });

    // At 12 s of 40 the interviewer asks about thresholds the opening draft lacks.
    const probe = page.getByText('Conversion dips a little at 5 %. Is that a rollback?');
    await probe.waitFor({ timeout: 20_000 });
    await session().screenshot(page, 'mock-2-live');

    // Time runs out: the plan is committed as it stands and scored.
    await page.getByRole('region', { name: 'Total' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => heading(page)).toMatch(/^Mock interview: /);
    await page.getByRole('heading', { name: 'Communication' }).waitFor();
    expect(await page.getByText(/^Time ran out after 40 seconds/).count()).toBe(1);
    await page.getByText('What this grade cannot judge:').waitFor();
    await session().screenshot(page, 'mock-3-result');

    await tabTo(page, /^See every dimension$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Score:/);
    await page.getByRole('heading', { name: 'Communication' }).waitFor();
    await session().screenshot(page, 'mock-4-score');
    expect(errors).toEqual([]);
  });

  it('offers to resume an interrupted interview after a reload', async () => {
    const page = await session().newPage({ width: 1024, height: 760 });
    await page.goto(`${session().baseUrl}?mockSeconds=300`);
    await tabTo(page, /^Mock interview$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Read the brief$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Start the clock: 5 minutes$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^What you would say$/);
    await page.keyboard.type('Staff first.');
    await page.waitForTimeout(6_000);
    await page.reload();
    await tabTo(page, /^Resume your mock interview \(4:5\d left\)$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Resume the interview$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'What you would say' }).inputValue())
      .toBe('Staff first.');
    await session().screenshot(page, 'mock-5-resumed-1024');
  });
});
