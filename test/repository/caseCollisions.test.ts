import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { caseCollisions, moduleNames, withFolders } from './caseCollisions';

describe('tracked paths', () => {
  it('never differ only in letter case (a checkout on macOS or Windows would break)', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    expect(caseCollisions(withFolders(tracked))).toEqual([]);
  });

  it('never name two modules that differ only in case (imports would resolve to either)', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    expect(caseCollisions(moduleNames(tracked))).toEqual([]);
  });

  it('are checked by a rule that finds the collision this repository once had', () => {
    const before = ['renderer/src/cohort/cohortTable.ts', 'renderer/src/cohort/CohortTable.tsx'];
    expect(caseCollisions(moduleNames(before))).toEqual([
      ['renderer/src/cohort/cohortTable', 'renderer/src/cohort/CohortTable'],
    ]);
    const after = ['renderer/src/cohort/cohortRows.ts', 'renderer/src/cohort/CohortTable.tsx'];
    expect(caseCollisions(moduleNames(after))).toEqual([]);
  });

  it('find two files that differ only in case', () => {
    const clash = ['assets/Icon.png', 'assets/icon.png'];
    expect(caseCollisions(clash)).toEqual([clash]);
  });

  it('collide through their folders too', () => {
    expect(caseCollisions(withFolders(['Docs/a.md', 'docs/b.md']))).toEqual([['Docs', 'docs']]);
  });
});
