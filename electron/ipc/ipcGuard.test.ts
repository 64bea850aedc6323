import { describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS, REQUEST_NAMES } from '../../contract/channels';
import { MAX_COHORT_REPORTS } from '../../contract/cohort';
import { LearnerError } from '../storage/learnerError';
import { attempt, fakeParseReport } from '../storage/testFixtures';
import type { InvokeEventLike, Routes } from './ipcGuard';
import { dispatch, registerRoutes } from './ipcGuard';
import type { RouteDeps } from './routes';
import { createRoutes } from './routes';

function fakeDeps() {
  const data = {
    startupNotices: vi.fn(async () => []),
    listAttempts: vi.fn(async () => []),
    saveAttempt: vi.fn(async () => {}),
    mergeAttempts: vi.fn(async () => 0),
    loadSettings: vi.fn(),
    saveSettings: vi.fn(async () => {}),
    listPacks: vi.fn(async () => []),
    savePack: vi.fn(async () => {}),
    removePack: vi.fn(async () => {}),
    loadMockSession: vi.fn(async () => null),
    saveMockSession: vi.fn(async () => {}),
    listCohort: vi.fn(async () => []),
    saveCohort: vi.fn(async () => {}),
    flush: vi.fn(async () => {}),
  };
  const reports = {
    parseReport: fakeParseReport,
    renderReport: vi.fn(() => '<html></html>'),
    reportsToCsv: vi.fn(() => ''),
  };
  const dialogs = {
    openText: vi.fn(async () => null),
    openTexts: vi.fn(async () => null),
    save: vi.fn(async () => true),
  };
  const deps: RouteDeps = { data, reports, dialogs, printPdf: vi.fn(async () => new Uint8Array()) };
  return { deps, data, dialogs, routes: createRoutes(deps) };
}

/** An event from our page's main frame, unless told otherwise. */
function eventFrom(url: string, { subframe = false } = {}): InvokeEventLike {
  const mainFrame = { url };
  return { senderFrame: subframe ? { url } : mainFrame, sender: { mainFrame } };
}
const ours = eventFrom('app://canary-coach/index.html');
const call = (
  routes: Routes,
  name: keyof typeof REQUEST_CHANNELS,
  event: InvokeEventLike,
  ...args: unknown[]
) => dispatch(routes, REQUEST_CHANNELS[name], event, args);

describe('dispatch', () => {
  it('passes a good call from our own page to its handler', async () => {
    const { routes, data } = fakeDeps();
    await call(routes, 'saveAttempt', ours, attempt('a'));
    expect(data.saveAttempt).toHaveBeenCalledWith(attempt('a'));
  });
  it('refuses an unknown channel', async () => {
    const { routes } = fakeDeps();
    await expect(dispatch(routes, 'canary:run-shell', ours, [])).rejects.toThrow(
      'not a known channel',
    );
  });
  it.each(['https://evil.example/', 'file:///app/index.html', 'app://canary-coach.evil/'])(
    'refuses a sender whose page is %s',
    async (url) => {
      const { routes, data } = fakeDeps();
      await expect(call(routes, 'listAttempts', eventFrom(url))).rejects.toThrow(
        'not Canary Coach',
      );
      expect(data.listAttempts).not.toHaveBeenCalled();
    },
  );
  it('refuses a subframe of our own page', async () => {
    const { routes } = fakeDeps();
    const event = eventFrom('app://canary-coach/index.html', { subframe: true });
    await expect(call(routes, 'listAttempts', event)).rejects.toThrow('subframe');
  });
  it('refuses a frame that is gone', async () => {
    const { routes } = fakeDeps();
    const event = { senderFrame: null, sender: { mainFrame: {} } };
    await expect(call(routes, 'listAttempts', event)).rejects.toThrow('gone');
  });
  it('refuses bad arguments and names every issue by its path', async () => {
    const { routes, data } = fakeDeps();
    const settings = { theme: 'neon', playbackSpeed: Number.NaN, learnerName: 'Ada' };
    const refusal = call(routes, 'saveSettings', ours, settings);
    await expect(refusal).rejects.toThrow(/arguments\[0\]\.playbackSpeed: must be a finite number/);
    expect(data.saveSettings).not.toHaveBeenCalled();
  });
  it('refuses the wrong number of arguments', async () => {
    const { routes } = fakeDeps();
    await expect(call(routes, 'listAttempts', ours, 'extra')).rejects.toThrow(
      '0 argument(s), not 1',
    );
  });
  it('refuses a report that is not canary-report/1', async () => {
    const { routes, dialogs } = fakeDeps();
    await expect(call(routes, 'exportReport', ours, { format: 'other' }, 'pdf')).rejects.toThrow(
      'arguments[0].format',
    );
    await expect(call(routes, 'exportReport', ours, attempt('a').report, 'exe')).rejects.toThrow(
      'arguments[1]: must be one of',
    );
    expect(dialogs.save).not.toHaveBeenCalled();
  });
  it('refuses prototype-reaching keys in arguments', async () => {
    const { routes } = fakeDeps();
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "theme": "dark"}') as unknown;
    await expect(call(routes, 'saveSettings', ours, hostile)).rejects.toThrow('reserved name');
  });
});

describe('the kept cohort over IPC', () => {
  const cohortRecord = (name: string) => ({
    fileName: `${name}.json`,
    report: attempt(name).report,
  });

  it('passes a good cohort to storage and says it was kept', async () => {
    const { routes, data } = fakeDeps();
    const records = [cohortRecord('ada'), cohortRecord('grace')];
    await expect(call(routes, 'saveCohort', ours, records)).resolves.toBe(true);
    expect(data.saveCohort).toHaveBeenCalledWith(records);
  });
  it('answers false, not an error, when storage refuses the cohort over a limit', async () => {
    const { routes, data } = fakeDeps();
    data.saveCohort.mockRejectedValueOnce(new LearnerError('over the limit'));
    await expect(call(routes, 'saveCohort', ours, [cohortRecord('ada')])).resolves.toBe(false);
  });
  it.each([
    ['not a list', { fileName: 'a.json' }, 'arguments[0]: must be a list of reports'],
    [
      'a record without its file name',
      [{ report: attempt('a').report }],
      'arguments[0][0].fileName',
    ],
    ['a record with an extra field', [{ ...cohortRecord('a'), path: '/etc' }], 'arguments[0][0]'],
  ])('refuses a cohort that is %s', async (_what, value, message) => {
    const { routes, data } = fakeDeps();
    await expect(call(routes, 'saveCohort', ours, value)).rejects.toThrow(message);
    expect(data.saveCohort).not.toHaveBeenCalled();
  });
  it('refuses a cohort whose report fails the report parser, naming where', async () => {
    const { routes, data } = fakeDeps();
    const bad = [cohortRecord('ada'), { fileName: 'b.json', report: { format: 'other' } }];
    await expect(call(routes, 'saveCohort', ours, bad)).rejects.toThrow(
      'arguments[0][1].report.format',
    );
    expect(data.saveCohort).not.toHaveBeenCalled();
  });
  it('refuses prototype-reaching keys in a cohort record', async () => {
    const { routes, data } = fakeDeps();
    const hostile = JSON.parse(
      '[{"fileName": "a.json", "report": {"format": "canary-report/1"}, "__proto__": {"x": 1}}]',
    ) as unknown;
    await expect(call(routes, 'saveCohort', ours, hostile)).rejects.toThrow('reserved name');
    expect(data.saveCohort).not.toHaveBeenCalled();
  });
  it('refuses a cohort over the most reports kept before validating any', async () => {
    const { routes, data } = fakeDeps();
    const many = Array.from({ length: MAX_COHORT_REPORTS + 1 }, () => cohortRecord('a'));
    await expect(call(routes, 'saveCohort', ours, many)).rejects.toThrow(
      `at most ${MAX_COHORT_REPORTS} reports`,
    );
    expect(data.saveCohort).not.toHaveBeenCalled();
  });
  it('loads the kept cohort from storage', async () => {
    const { routes, data } = fakeDeps();
    data.listCohort.mockResolvedValueOnce([cohortRecord('ada')] as never);
    await expect(call(routes, 'loadCohort', ours)).resolves.toEqual({
      records: [cohortRecord('ada')],
      unreadable: 0,
    });
  });
});

describe('registerRoutes', () => {
  it('registers exactly one handler per known channel', () => {
    const handle = vi.fn();
    registerRoutes({ handle }, fakeDeps().routes);
    expect(handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(
      REQUEST_NAMES.map((name) => REQUEST_CHANNELS[name]).sort(),
    );
  });
});
