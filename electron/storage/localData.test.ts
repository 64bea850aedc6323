import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomicFile';
import { storedPackFromText } from '../../contract/records';
import { MAX_COHORT_REPORTS } from '../../contract/cohort';
import { openLocalData } from './localData';
import { attempt, fakeParseReport, tempFolder } from './testFixtures';

const tools = { parseReport: fakeParseReport };
const fixedNow = () => new Date('2026-05-01T10:22:33.123Z');
let folder = '';
let remove = async () => {};

beforeEach(async () => {
  ({ folder, remove } = await tempFolder());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await remove();
});

const open = () => openLocalData(folder, tools, fixedNow);
const file = (name: string) => path.join(folder, name);

describe('openLocalData', () => {
  it('keeps saved attempts, settings, packs and the mock session after reopening', async () => {
    const data = open();
    await data.saveAttempt(attempt('a'));
    await data.saveSettings({ theme: 'dark', playbackSpeed: 120, learnerName: 'Ada' });
    const snapshot = {
      scenarioId: 's',
      packId: 'p',
      planDraft: { cohorts: 'random' },
      answer: 'I would start with internal users.',
      remainingSeconds: 300,
      probesShown: ['Which users go first?'],
      savedAt: '2026-05-01T10:00:00.000Z',
    };
    await data.saveMockSession(snapshot);
    const again = open();
    expect((await again.listAttempts()).map((record) => record.id)).toEqual(['a']);
    expect(await again.loadSettings()).toEqual({
      theme: 'dark',
      playbackSpeed: 120,
      learnerName: 'Ada',
    });
    expect(await again.loadMockSession()).toEqual(snapshot);
    expect(await again.startupNotices()).toEqual([]);
  });

  it('survives a crash between writing the temp file and renaming it: the old file wins and the temp file is removed', async () => {
    await open().saveAttempt(attempt('old'));
    // What a crash leaves: a half-written temp file next to the intact old file.
    await fs.writeFile(file('history.json.0123abcd.tmp'), '{"format":"canary-coach-hist');
    const data = open();
    expect((await data.listAttempts()).map((record) => record.id)).toEqual(['old']);
    expect(await data.startupNotices()).toEqual([]);
    expect(await fs.readdir(folder)).not.toContain('history.json.0123abcd.tmp');
  });

  it('leaves the old file whole when the rename fails, and removes its temp file', async () => {
    await open().saveAttempt(attempt('old'));
    const before = await fs.readFile(file('history.json'), 'utf8');
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(new Error('power cut'));
    await expect(writeFileAtomic(file('history.json'), 'new')).rejects.toThrow('power cut');
    expect(await fs.readFile(file('history.json'), 'utf8')).toBe(before);
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('sets a corrupt file aside with a notice and never overwrites it', async () => {
    await fs.writeFile(file('history.json'), '{ not json');
    const data = open();
    expect(await data.listAttempts()).toEqual([]);
    const notices = await data.startupNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('history.corrupt-2026-05-01T10-22-33-123Z.json');
    await data.saveAttempt(attempt('new'));
    const kept = file('history.corrupt-2026-05-01T10-22-33-123Z.json');
    expect(await fs.readFile(kept, 'utf8')).toBe('{ not json');
    expect((await open().listAttempts()).map((record) => record.id)).toEqual(['new']);
  });

  it('keeps the instructor’s cohort in cohort.json across reopening, and clears it', async () => {
    const cohort = [{ fileName: 'ada.json', report: attempt('ada').report }];
    await open().saveCohort(cohort);
    const text = await fs.readFile(file('cohort.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'canary-coach-cohort', version: 1 });
    expect(await open().listCohort()).toEqual(cohort);
    await open().saveCohort([]);
    expect(await open().listCohort()).toEqual([]);
  });

  it('sets a corrupt cohort.json aside with a notice, then keeps a new cohort beside it', async () => {
    const bad = {
      format: 'canary-coach-cohort',
      version: 1,
      data: { reports: [{ fileName: 'a.json' }] },
    };
    await fs.writeFile(file('cohort.json'), JSON.stringify(bad));
    const data = open();
    expect(await data.listCohort()).toEqual([]);
    const [notice] = await data.startupNotices();
    expect(notice).toContain('kept cohort');
    expect(notice).toContain('$.data.reports[0].report');
    expect(notice).toContain('cohort.corrupt-2026-05-01T10-22-33-123Z.json');
    await data.saveCohort([{ fileName: 'b.json', report: attempt('b').report }]);
    const kept = file('cohort.corrupt-2026-05-01T10-22-33-123Z.json');
    expect(JSON.parse(await fs.readFile(kept, 'utf8'))).toEqual(bad);
    expect((await open().listCohort()).map((record) => record.fileName)).toEqual(['b.json']);
  });

  it('refuses to keep a cohort over the most reports its reader takes, keeping the old one', async () => {
    const one = { fileName: 'a.json', report: attempt('a').report };
    await open().saveCohort([one]);
    const many = Array.from({ length: MAX_COHORT_REPORTS + 1 }, () => one);
    await expect(open().saveCohort(many)).rejects.toThrow('over the most kept');
    expect(await open().listCohort()).toEqual([one]);
  });

  it('sets aside a file whose data fails validation, naming the bad path', async () => {
    const bad = { format: 'canary-coach-history', version: 1, data: { attempts: [{ id: 'x' }] } };
    await fs.writeFile(file('history.json'), JSON.stringify(bad));
    const [notice] = await open().startupNotices();
    expect(notice).toContain('$.data.attempts[0].savedAt');
  });

  it('sets aside a file written by a newer version instead of reading it wrongly', async () => {
    const future = { format: 'canary-coach-settings', version: 99, data: {} };
    await fs.writeFile(file('settings.json'), JSON.stringify(future));
    const data = open();
    const [notice] = await data.startupNotices();
    expect(notice).toContain('newer Canary Coach');
    expect(await data.loadSettings()).toEqual({
      theme: 'system',
      playbackSpeed: 60,
      learnerName: '',
    });
  });

  it('upgrades settings from schema version 1', async () => {
    const v1 = { format: 'canary-coach-settings', version: 1, data: { theme: 'light', speed: 30 } };
    await fs.writeFile(file('settings.json'), JSON.stringify(v1));
    const data = open();
    expect(await data.loadSettings()).toEqual({
      theme: 'light',
      playbackSpeed: 30,
      learnerName: '',
    });
    await data.saveSettings(await data.loadSettings());
    const written = JSON.parse(await fs.readFile(file('settings.json'), 'utf8')) as unknown;
    expect(written).toMatchObject({ version: 2, data: { playbackSpeed: 30 } });
  });

  it('serializes concurrent saves so none is lost', async () => {
    const data = open();
    const ids = Array.from({ length: 25 }, (_, index) => `attempt-${index}`);
    await Promise.all(ids.map((id) => data.saveAttempt(attempt(id))));
    const stored = (await open().listAttempts()).map((record) => record.id);
    expect(stored.sort()).toEqual([...ids].sort());
  });

  it('merges imported attempts by id and counts only the new ones', async () => {
    const data = open();
    await data.saveAttempt(attempt('a'));
    expect(await data.mergeAttempts([attempt('a'), attempt('b'), attempt('b')])).toBe(1);
    expect((await data.listAttempts()).map((record) => record.id)).toEqual(['a', 'b']);
  });

  it('replaces a pack with the same id, keeps it across reopening, and removes it by id', async () => {
    const text = await fs.readFile('scenarios/examples/minimal-pack.json', 'utf8');
    const first = storedPackFromText(text);
    const second = storedPackFromText(text.replace('"1.0.0"', '"1.1.0"'));
    if (!first.ok || !second.ok) throw new Error('the example pack must load');
    const data = open();
    await data.savePack(first.value);
    await data.savePack(second.value);
    expect((await open().listPacks()).map((pack) => [pack.id, pack.version])).toEqual([
      ['minimal', '1.1.0'],
    ]);
    await data.removePack('minimal');
    expect(await open().listPacks()).toEqual([]);
  });
});
