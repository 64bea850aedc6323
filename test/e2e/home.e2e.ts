import { describe, expect, it } from 'vitest';
import { useTestSession } from './browser';

const session = useTestSession();

describe('the browser version', () => {
  it('opens on the Canary Coach home page with no script errors', async () => {
    const page = await session().newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(session().baseUrl);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Canary Coach');
    await session().screenshot(page, 'home');
    expect(errors).toEqual([]);
  });
});
