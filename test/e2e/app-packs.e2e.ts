import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestSession } from './browser';

const session = useTestSession();

describe('importing a pack in the browser', () => {
  it('adds a valid pack to the library and keeps it after a reload', async () => {
    const page = await session().newPage();
    await page.goto(session().baseUrl);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import a pack…' }).click(),
    ]);
    await chooser.setFiles(path.resolve('scenarios/examples/complete-pack.json'));
    await page.getByText('Imported "Three releases, three lessons".').waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Three releases, three lessons' }).count())
      .toBe(1);
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: 'Three releases, three lessons' }).count())
      .toBe(1);
    await session().screenshot(page, 'app-packs-imported');
  });

  it('refuses an invalid pack and names the first problems with their JSON paths', async () => {
    const page = await session().newPage();
    await page.goto(session().baseUrl);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import a pack…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"canary-pack/1","id":"x"}'),
    });
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'broken.json is not a valid pack' }).waitFor();
    await expect.poll(() => alert.getByRole('listitem').first().textContent()).toMatch(/^\$\./);
  });
});
