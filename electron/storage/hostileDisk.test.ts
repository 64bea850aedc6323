import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRecord } from '../../contract/types';
import { createFileDialogs } from '../desktop/fileDialogs';
import { writeFileAtomic } from './atomicFile';
import { openLocalData } from './localData';
import { attempt, fakeParseReport, tempFolder } from './testFixtures';

// The data folder and the export folder on a disk that fights back: full, read-only,
// a FIFO where a file should be, files too large to read. A real temp folder each time.

const tools = { parseReport: fakeParseReport };
let folder = '';
let remove = async () => {};
beforeEach(async () => {
  ({ folder, remove } = await tempFolder());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.chmod(folder, 0o700).catch(() => undefined);
  await remove();
});

const file = (name: string) => path.join(folder, name);
const tempFiles = async (where = folder) =>
  (await fs.readdir(where)).filter((name) => name.endsWith('.tmp'));
const isRoot = process.getuid?.() === 0;

/** Every write through a file handle puts a few bytes down, then fails as a full disk does. */
async function diskFullMidWay(): Promise<void> {
  const probe = await fs.open(file('probe'), 'w');
  const handleClass = Object.getPrototypeOf(probe) as Record<string, (...args: never[]) => unknown>;
  await probe.close();
  await fs.rm(file('probe'));
  const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
  });
  for (const method of ['write', 'writev', 'writeFile'] as const) {
    const original = handleClass[method] as (this: unknown, ...args: unknown[]) => Promise<unknown>;
    const some = Buffer.from('{"format":"canary');
    vi.spyOn(handleClass, method).mockImplementation(async function (this: unknown) {
      await original.call(this, method === 'writev' ? [some] : some);
      throw full;
    } as never);
  }
}

function dialogsSaving(target: string) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [target] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })),
  };
  return createFileDialogs(dialog as never, () => null);
}

describe('a full disk', () => {
  it('leaves the old data file whole and no temp file when a save fails mid-way', async () => {
    const data = openLocalData(folder, tools);
    await data.saveAttempt(attempt('old'));
    const before = await fs.readFile(file('history.json'), 'utf8');
    await diskFullMidWay();
    await expect(data.saveAttempt(attempt('new'))).rejects.toThrow(/no space|full/i);
    vi.restoreAllMocks();
    expect(await fs.readFile(file('history.json'), 'utf8')).toBe(before);
    expect(await tempFiles()).toEqual([]);
  });

  it('leaves no temp file in the export folder when an export fails mid-way', async () => {
    const target = file('history-export.json');
    await diskFullMidWay();
    await expect(
      dialogsSaving(target).save({ title: 't', kind: 'json' }, async () => 'x'),
    ).rejects.toThrow(/no space/);
    vi.restoreAllMocks();
    expect(await tempFiles()).toEqual([]);
    await expect(fs.stat(target)).rejects.toThrow();
  });
});

describe('a read-only folder', () => {
  it.skipIf(isRoot)('refuses the save, keeps the old file and leaves no temp file', async () => {
    const data = openLocalData(folder, tools);
    await data.saveSettings({ theme: 'dark', playbackSpeed: 60, learnerName: '' });
    await fs.chmod(folder, 0o500);
    await expect(
      data.saveSettings({ theme: 'light', playbackSpeed: 60, learnerName: '' }),
    ).rejects.toThrow();
    await fs.chmod(folder, 0o700);
    expect(await tempFiles()).toEqual([]);
    expect((await openLocalData(folder, tools).loadSettings()).theme).toBe('dark');
  });
});

describe('what the loader refuses is refused at save time', () => {
  const snapshot = (answer: string) => ({
    scenarioId: 's',
    packId: 'p',
    planDraft: { notes: answer },
    answer: 'short',
    remainingSeconds: 300,
    probesShown: [],
    savedAt: '2026-05-01T10:00:00.000Z',
  });

  it('refuses a 1.4 MB mock draft with a readable message and keeps the last good one', async () => {
    const data = openLocalData(folder, tools);
    await data.saveMockSession(snapshot('small'));
    await expect(data.saveMockSession(snapshot('x'.repeat(1_400_000)))).rejects.toThrow(
      /interview in progress was not saved: it would be 1\.3 MB, over the limit of 1 MB/,
    );
    const again = openLocalData(folder, tools);
    expect(await again.loadMockSession()).toEqual(snapshot('small'));
    expect(await again.startupNotices()).toEqual([]);
  });

  it('refuses the attempt after the last one a history keeps, and keeps the others', async () => {
    const data = openLocalData(folder, tools);
    const many = Array.from({ length: 10_000 }, (_, i) => attempt(`a${i}`));
    await data.mergeAttempts(many);
    await expect(data.saveAttempt(attempt('one-too-many'))).rejects.toThrow(
      /not saved: your history already holds the most attempts kept \(10,000\)/,
    );
    expect(await openLocalData(folder, tools).listAttempts()).toHaveLength(10_000);
  });
});

describe('saving a big history', () => {
  it('serialises only the attempt that changed, not the whole history again', async () => {
    const data = openLocalData(folder, tools);
    const seen: string[] = [];
    const counted = (id: string): AttemptRecord => {
      const record = attempt(id);
      return { ...record, toJSON: () => (seen.push(id), { ...record }) } as AttemptRecord;
    };
    await data.saveAttempt(counted('a'));
    await data.saveAttempt(counted('b'));
    await data.saveAttempt(counted('c'));
    expect(seen).toEqual(['a', 'b', 'c']);
    const stored = await openLocalData(folder, tools).listAttempts();
    expect(stored.map((record) => record.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('opening files the learner picked', () => {
  it(
    'refuses a FIFO at once instead of waiting forever to read it',
    { timeout: 5000 },
    async () => {
      const fifo = file('history.json');
      execFileSync('mkfifo', [fifo]);
      await expect(dialogsSaving(fifo).openText({ title: 't', kind: 'json' })).rejects.toThrow(
        'history.json is not a regular file, so it was not opened.',
      );
    },
  );

  it('refuses a pack or report larger than the loader accepts, before reading it', async () => {
    const big = file('huge-pack.json');
    await fs.writeFile(big, '');
    await fs.truncate(big, 6 * 1024 * 1024);
    const spy = vi.spyOn(fs, 'readFile');
    await expect(dialogsSaving(big).openText({ title: 't', kind: 'json' })).rejects.toThrow(
      'huge-pack.json is 6 MB, over the 5 MB limit, so it was not opened.',
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('opens a history export up to the history limit', async () => {
    const big = file('history-export.json');
    await fs.writeFile(big, `${' '.repeat(6 * 1024 * 1024)}{}`);
    const opened = await dialogsSaving(big).openText({
      title: 't',
      kind: 'json',
      maxBytes: 256 * 1024 * 1024,
    });
    expect(opened?.text.length).toBe(6 * 1024 * 1024 + 2);
  });
});

describe('exports', () => {
  const umask = process.umask();
  it('create a new file with the usual permissions (0666 less the umask)', async () => {
    const target = file('report.json');
    await dialogsSaving(target).save({ title: 't', kind: 'json' }, async () => '{}');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('keep the permissions of a file they replace', async () => {
    const target = file('report.json');
    await fs.writeFile(target, 'old');
    await fs.chmod(target, 0o640);
    await dialogsSaving(target).save({ title: 't', kind: 'json' }, async () => 'new');
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o640);
  });

  it('write through a symlink to its file, keeping the link', async () => {
    const real = file('real.csv');
    const link = file('link.csv');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, link);
    await dialogsSaving(link).save({ title: 't', kind: 'csv' }, async () => 'new');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe('new');
  });

  it('refuse a symlink that points nowhere instead of replacing it', async () => {
    const link = file('dangling.csv');
    await fs.symlink(file('missing/nowhere.csv'), link);
    await expect(
      dialogsSaving(link).save({ title: 't', kind: 'csv' }, async () => 'new'),
    ).rejects.toThrow(
      'dangling.csv is a link to a file that does not exist, so it was not replaced.',
    );
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('removes its temp file when the write itself fails', async () => {
    await diskFullMidWay();
    await expect(writeFileAtomic(file('settings.json'), 'x')).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await tempFiles()).toEqual([]);
  });
});

describe('loading a big history', () => {
  it('validates the attempts in turns, so main keeps answering while it loads', async () => {
    await openLocalData(folder, tools).mergeAttempts(
      Array.from({ length: 300 }, (_, i) => attempt(`a${i}`)),
    );
    const seen = { parsed: 0, turnTaken: false, turnBeforeLast: false };
    const watching = (value: unknown) => {
      seen.parsed += 1;
      // Asked for when validation starts: it runs only if main gets a turn before the end.
      if (seen.parsed === 1) setImmediate(() => (seen.turnTaken = true));
      if (seen.parsed === 300) seen.turnBeforeLast = seen.turnTaken;
      return fakeParseReport(value);
    };
    const data = openLocalData(folder, { parseReport: watching });
    expect(await data.listAttempts()).toHaveLength(300);
    expect(seen.turnBeforeLast).toBe(true);
  });
});
