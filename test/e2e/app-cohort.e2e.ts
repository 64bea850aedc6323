import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanaryReport } from '../../sim-engine/index';
import { openTestSession, type TestSession } from './browser';

// An instructor's afternoon: three learners' reports made by the real CLI, imported together
// in the browser build, compared in the table and charts, and exported as one CSV.

const run = promisify(execFile);
const CLI = path.resolve('cli/bin/canary-coach.js');
const PLANS = 'scenarios/examples/plans';

const LEARNERS = [
  { learner: 'Ada', plan: 'strong-plan.json', seed: 3 },
  { learner: 'Bea', plan: 'strong-plan.json', seed: 11 },
  { learner: 'Chen', plan: 'weak-plan.json', seed: 3 },
] as const;

let session: TestSession;
let files: { name: string; mimeType: string; buffer: Buffer }[];

async function cliReport(plan: string, seed: number): Promise<CanaryReport> {
  const args = ['run', '--scenario', 'checkout-first-order', '--plan', `${PLANS}/${plan}`];
  const { stdout } = await run(process.execPath, [CLI, ...args, '--seed', `${seed}`, '--json'], {
    maxBuffer: 64 << 20,
  });
  return JSON.parse(stdout) as CanaryReport;
}

beforeAll(async () => {
  const reports = await Promise.all(LEARNERS.map((l) => cliReport(l.plan, l.seed)));
  files = reports.map((report, i) => {
    // The CLI does not know who ran it; the learner's app would have written the name.
    const learner = LEARNERS[i]?.learner ?? `learner ${i}`;
    const text = JSON.stringify({ ...report, learner });
    return { name: `${learner}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
  session = await openTestSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the instructor’s cohort view in the browser', () => {
  it('imports three reports, shows them in the table and exports them as CSV', async () => {
    const page = await session.newPage({ width: 1280, height: 900 });
    await page.goto(session.baseUrl);
    await page.getByRole('button', { name: 'Cohort' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import learners’ reports…' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    const broken = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{}') };
    await chooser.setFiles([...files, broken]);
    await page.getByText('Added 3 reports; 1 file was not a valid report.').waitFor();

    const table = page.getByRole('table');
    await expect
      .poll(() => table.getByRole('rowheader').allTextContents())
      .toEqual(['Ada', 'Bea', 'Chen']);
    await table.getByRole('button', { name: /Total/ }).click();
    const totals = await table.locator('tbody tr td.number:nth-of-type(3)').allTextContents();
    const numbers = totals.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await expect.poll(() => page.getByRole('figure').count()).toBeGreaterThan(3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('canary-cohort.csv');
    const csv = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(['Ada', 'Bea', 'Chen']);
    await session.screenshot(page, 'cohort');
  });
});
