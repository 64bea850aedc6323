import { describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../electron/ipc/routes';
import type { FileDialogs, RouteDeps } from '../electron/ipc/routes';
import { engineReportTools } from '../electron/reports/engineReportTools';
import { openLocalData } from '../electron/storage/localData';
import { tempFolder } from '../electron/storage/testFixtures';
import { createBrowserPlatform } from '../renderer/src/platform/browserPlatform';
import { fixtureScenario } from '../sim-engine/testing/fixtures';
import { sampleReport } from '../sim-engine/testing/sampleReport';
import { memoryStorage } from '../renderer/src/testing/memoryStorage';
import { xapiStatementSchema } from './learningRecords/xapiSchema';
import type { AttemptRecord } from './types';
import { DEFAULT_SETTINGS } from './types';

// One history format: what either platform exports, the other imports — with real reports,
// validated by the real report parser on both sides.

const report = sampleReport();
const scenario = fixtureScenario({});
const record = (id: string): AttemptRecord => ({ id, savedAt: '2026-03-04T10:00:00Z', report });

function browser(opened?: { name: string; text: string }) {
  const downloads: string[] = [];
  const platform = createBrowserPlatform(memoryStorage(), () => 'now', {
    files: {
      pickTextFile: async () => opened ?? null,
      pickTextFiles: async () => null,
      downloadText: (_name, text) => void downloads.push(text),
    },
  });
  return { platform, downloads };
}

async function desktop(opened?: { fileName: string; text: string }) {
  const { folder, remove } = await tempFolder();
  const data = openLocalData(folder, engineReportTools);
  const saved: string[] = [];
  const dialogs: FileDialogs = {
    openText: async () => opened ?? null,
    openTexts: async () => null,
    save: async (_request, contents) => {
      saved.push(String(await contents()));
      return true;
    },
  };
  const deps: RouteDeps = { data, reports: engineReportTools, dialogs, printPdf: vi.fn() };
  return { routes: createRoutes(deps), data, saved, remove };
}

describe('a history exported from one platform', () => {
  it('imports into the browser when the desktop exported it', async () => {
    const from = await desktop();
    await from.data.saveAttempt(record('desk-1'));
    await from.routes.exportHistory.run();
    await from.remove();
    const to = browser({ name: 'canary-coach-history.json', text: from.saved[0] ?? '' });
    await expect(to.platform.importHistory()).resolves.toMatchObject({ status: 'ok', value: 1 });
    expect(await to.platform.listAttempts()).toEqual([record('desk-1')]);
  });

  it('imports into the desktop when the browser exported it', async () => {
    const from = browser();
    await from.platform.saveAttempt(record('web-1'));
    await from.platform.exportHistory();
    const to = await desktop({
      fileName: 'canary-coach-history.json',
      text: from.downloads[0] ?? '',
    });
    await expect(to.routes.importHistory.run()).resolves.toMatchObject({ status: 'ok', value: 1 });
    expect(await to.data.listAttempts()).toEqual([record('web-1')]);
    await to.remove();
  });

  it('imports into the desktop when an older browser exported it ({ schema: 1 })', async () => {
    const text = JSON.stringify({ schema: 1, attempts: [record('old-web')] });
    const to = await desktop({ fileName: 'old.json', text });
    await expect(to.routes.importHistory.run()).resolves.toMatchObject({ status: 'ok', value: 1 });
    await to.remove();
  });

  it('is refused on both sides, with the same path, when an attempt’s report is damaged', async () => {
    const damaged = JSON.parse(JSON.stringify(record('bad'))) as { report: { score: unknown } };
    damaged.report.score = 'high';
    const text = JSON.stringify({
      format: 'canary-coach-history',
      version: 1,
      data: { attempts: [damaged] },
    });
    const web = await browser({ name: 'h.json', text }).platform.importHistory();
    const to = await desktop({ fileName: 'h.json', text });
    const desk = await to.routes.importHistory.run();
    await to.remove();
    expect(web.status).toBe('invalid');
    expect(desk).toEqual(web);
    if (web.status === 'invalid')
      expect(web.issues[0]?.path).toMatch(/^\$\.data\.attempts\[0\]\.report\.score/);
  });
});

describe('learning records (xAPI) exported from either platform', () => {
  it('are the same valid statements, with the learner named from settings', async () => {
    const web = browser();
    await web.platform.saveAttempt(record('same-1'));
    await web.platform.saveSettings({ ...DEFAULT_SETTINGS, learnerName: 'Grace' });
    await web.platform.exportLearningRecords();
    const desk = await desktop();
    await desk.data.saveAttempt(record('same-1'));
    await desk.data.saveSettings({ ...DEFAULT_SETTINGS, learnerName: 'Grace' });
    await desk.routes.exportLearningRecords.run();
    await desk.remove();
    expect(desk.saved[0]).toBe(web.downloads[0]);
    const statements = JSON.parse(desk.saved[0] ?? '[]') as unknown[];
    expect(statements).toHaveLength(3);
    for (const statement of statements) {
      expect(xapiStatementSchema.safeParse(statement).success).toBe(true);
      expect(statement).toMatchObject({ actor: { name: 'Grace' } });
    }
  });
});

describe('a pack’s cmi5 course exported from either platform', () => {
  const pack = {
    id: 'pack-1',
    title: 'Spring & summer cohort',
    version: '1.2.0',
    description: '',
    scenarios: [{ id: scenario.id, title: scenario.title, changeKind: scenario.changeKind }],
  };

  it('is the same courseStructure XML, one unit per scenario', async () => {
    const web = browser();
    await web.platform.exportCourse(pack);
    const desk = await desktop();
    await desk.routes.exportCourse.run(pack);
    await desk.remove();
    expect(desk.saved[0]).toBe(web.downloads[0]);
    expect(desk.saved[0]).toContain('<courseStructure xmlns=');
    expect(desk.saved[0]?.match(/<au /g)).toHaveLength(1);
    expect(desk.saved[0]).toContain('Spring &amp; summer cohort');
  });

  it('is refused by the desktop with the path of what is wrong', async () => {
    const desk = await desktop();
    const bad = { ...pack, scenarios: [{ id: 'x', title: 'X', changeKind: 'database' }] };
    const parsed = await desk.routes.exportCourse.parse([bad]);
    await desk.remove();
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues[0]?.path).toBe('arguments[0].scenarios[0].changeKind');
  });
});
