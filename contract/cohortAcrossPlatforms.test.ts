import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineReportTools } from '../electron/reports/engineReportTools';
import { openLocalData } from '../electron/storage/localData';
import { tempFolder } from '../electron/storage/testFixtures';
import { loadCohort, saveCohort } from '../renderer/src/platform/browserCohort';
import { sampleReport } from '../sim-engine/testing/sampleReport';
import { memoryStorage } from '../renderer/src/testing/memoryStorage';
import { cohortSpec, MAX_COHORT_REPORTS, readKeptCohort } from './cohort';
import { readEnvelope } from './envelope';
import type { CohortRecord } from './types';

// One cohort format: what the browser keeps in local storage is what the desktop keeps in
// cohort.json, read by the contract's reader with the real report parser.

const report = sampleReport();
const records: CohortRecord[] = [
  { fileName: 'ada.json', report },
  { fileName: 'grace.json', report: { ...report, learner: 'Grace' } },
];

describe('the kept cohort', () => {
  it('saved by the browser, reads in the contract’s strict reader (what the desktop reads)', () => {
    const storage = memoryStorage();
    expect(saveCohort(storage, records)).toBe(true);
    const text = storage.getItem('canary-coach:cohort') ?? '';
    expect(JSON.parse(text)).toMatchObject({ format: 'canary-coach-cohort', version: 1 });
    expect(readEnvelope(text, cohortSpec())).toEqual({ ok: true, value: records });
  });

  it('saved by the browser before the format existed (a bare list), still reads', () => {
    const storage = memoryStorage();
    storage.setItem('canary-coach:cohort', JSON.stringify(records));
    expect(readEnvelope(JSON.stringify(records), cohortSpec())).toEqual({
      ok: true,
      value: records,
    });
    expect(loadCohort(storage)).toEqual({ records, unreadable: 0 });
  });

  it('leaves out and counts a kept report that no longer validates, keeping the others', () => {
    const text = JSON.stringify([records[0], { fileName: 'bad.json', report: { score: 1 } }]);
    expect(readKeptCohort(text)).toEqual({
      ok: true,
      value: { records: [records[0]], unreadable: 1 },
    });
  });

  it('is not saved by the browser over the most reports kept', () => {
    const storage = memoryStorage();
    const many = Array.from({ length: MAX_COHORT_REPORTS + 1 }, () => records[0]!);
    expect(saveCohort(storage, many)).toBe(false);
    expect(storage.getItem('canary-coach:cohort')).toBeNull();
  });

  it('saved by the browser, opens as the desktop’s cohort.json', async () => {
    const storage = memoryStorage();
    saveCohort(storage, records);
    const { folder, remove } = await tempFolder();
    try {
      await fs.writeFile(path.join(folder, 'cohort.json'), storage.getItem('canary-coach:cohort')!);
      const data = openLocalData(folder, engineReportTools);
      expect(await data.listCohort()).toEqual(records);
      expect(await data.startupNotices()).toEqual([]);
    } finally {
      await remove();
    }
  });
});
