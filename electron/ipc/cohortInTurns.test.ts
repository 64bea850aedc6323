import { describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS } from '../../contract/channels';
import type { CanaryReport } from '../../sim-engine/index';
import { attempt, fakeParseReport } from '../storage/testFixtures';
import { dispatch } from './ipcGuard';
import type { RouteDeps } from './routes';
import { createRoutes } from './routes';

// A cohort of thousands of reports is checked in turns, so main keeps answering meanwhile.

const ours = (() => {
  const mainFrame = { url: 'app://canary-coach/index.html' };
  return { senderFrame: mainFrame, sender: { mainFrame } };
})();

/** Routes whose report parser notes whether main had a free turn before the last report. */
function watchedRoutes(count: number) {
  const seen = { parsed: 0, turnBeforeLast: false, turnTaken: false };
  const parseReport = (value: unknown) => {
    seen.parsed += 1;
    if (seen.parsed === count) seen.turnBeforeLast = seen.turnTaken;
    return fakeParseReport(value);
  };
  const dialogs = {
    openText: vi.fn(async () => null),
    openTexts: vi.fn(async () =>
      Array.from({ length: count }, (_, i) => ({
        fileName: `r${i}.json`,
        text: JSON.stringify(attempt(`r${i}`).report),
      })),
    ),
    save: vi.fn(async () => true),
  };
  const reports = { parseReport, renderReport: vi.fn(() => ''), reportsToCsv: vi.fn(() => 'csv') };
  const data = { saveCohort: vi.fn(async () => {}) } as unknown as RouteDeps['data'];
  const deps = { data, reports, dialogs, printPdf: vi.fn() };
  setImmediate(() => {
    seen.turnTaken = true;
  });
  return { routes: createRoutes(deps as unknown as RouteDeps), seen };
}

describe('a big cohort', () => {
  it('is validated in turns when exported, so main is never blocked for the whole cohort', async () => {
    const cohort: CanaryReport[] = Array.from({ length: 500 }, (_, i) => attempt(`r${i}`).report);
    const { routes, seen } = watchedRoutes(cohort.length);
    await dispatch(routes, REQUEST_CHANNELS.exportCohortCsv, ours, [cohort]);
    expect(seen.parsed).toBe(500);
    expect(seen.turnBeforeLast).toBe(true);
  });

  it('is validated in turns when kept for the next start', async () => {
    const cohort = Array.from({ length: 500 }, (_, i) => ({
      fileName: `r${i}.json`,
      report: attempt(`r${i}`).report,
    }));
    const { routes, seen } = watchedRoutes(cohort.length);
    await expect(dispatch(routes, REQUEST_CHANNELS.saveCohort, ours, [cohort])).resolves.toBe(true);
    expect(seen.parsed).toBe(500);
    expect(seen.turnBeforeLast).toBe(true);
  });

  it('is read in turns when the instructor opens many report files', async () => {
    const { routes, seen } = watchedRoutes(500);
    const result = await dispatch(routes, REQUEST_CHANNELS.pickReports, ours, []);
    expect(result).toMatchObject({ status: 'ok', invalid: [] });
    expect(seen.turnBeforeLast).toBe(true);
  });
});
