import { describe, expect, it } from 'vitest';
import { scoreDimension } from './criteria';
import { judgeCommunication } from './communicationDimension';

const scored = (score: number, covered: string[], missed: string[]) =>
  scoreDimension(judgeCommunication({ score, covered, missed }), 10);

describe('judgeCommunication', () => {
  it('never says the answer misses nothing while it loses points', () => {
    const dimension = scored(92, ['cohort-order', 'thresholds'], []);
    expect(dimension.points).toBe(9.2);
    const [fact] = dimension.evidence;
    expect(fact?.cost).toBe(0.8);
    expect(fact?.text).not.toContain('none');
    expect(fact?.text).toContain('scored 92/100');
    expect(fact?.text).toContain('some only in part');
  });

  it('names what was missed when points are lost to missed points', () => {
    const [fact] = scored(40, ['cohort-order'], ['ab-test', 'rollback']).evidence;
    expect(fact?.text).toBe(
      'Written answer scored 40/100: covers cohort-order; misses ab-test, rollback',
    );
  });

  it('states a full score plainly, with no cost', () => {
    const [fact] = scored(100, ['cohort-order'], []).evidence;
    expect(fact).toEqual({ text: 'Written answer scored 100/100: covers cohort-order' });
  });
});
