import { describe, expect, it } from 'vitest';
import type { Probe } from '../../../sim-engine/index';
import { askedFromIds, probeSecond, probesDue } from './interviewProbes';

const PROBES: readonly Probe[] = [
  { id: 'first', text: 'Who goes first?', atMinute: 1, whenMissing: 'cohorts' },
  { id: 'baseline', text: 'Against which group?', atMinute: 5 },
  { id: 'ab', text: 'Is it better?', whenMissing: 'ab-test' },
];

const window = (afterSecond: number, throughSecond: number, lacking: string[] = []) => ({
  limitSeconds: 600,
  mockMinutes: 10,
  afterSecond,
  throughSecond,
  askedIds: [],
  lacks: (trigger: string) => lacking.includes(trigger),
});

describe('interviewProbes', () => {
  it('places a scheduled probe at its minute, scaled to a shortened interview', () => {
    expect(probeSecond(PROBES[1] as Probe, 600, 10)).toBe(300);
    expect(probeSecond(PROBES[1] as Probe, 60, 10)).toBe(30);
  });

  it('places a follow-up without a minute at half-time', () => {
    expect(probeSecond(PROBES[2] as Probe, 600, 10)).toBe(300);
  });

  it('asks a scheduled probe when its second comes, and only once', () => {
    expect(probesDue(PROBES, window(-1, 299))).toEqual([]);
    expect(probesDue(PROBES, window(299, 300)).map((p) => p.id)).toEqual(['baseline']);
    expect(probesDue(PROBES, { ...window(-1, 600), askedIds: ['baseline'] })).toEqual([]);
  });

  it('asks a follow-up only while the draft still lacks its decision', () => {
    expect(probesDue(PROBES, window(-1, 60)).map((p) => p.id)).toEqual([]);
    expect(probesDue(PROBES, window(-1, 60, ['cohorts'])).map((p) => p.id)).toEqual(['first']);
    expect(probesDue(PROBES, window(299, 300, ['ab-test'])).map((p) => p.id)).toEqual([
      'baseline',
      'ab',
    ]);
  });

  it('rebuilds asked probes from a snapshot’s ids with their times', () => {
    expect(askedFromIds(['first', 'gone'], PROBES, 600, 10)).toEqual([
      { id: 'first', text: 'Who goes first?', atSecond: 60 },
    ]);
  });
});
