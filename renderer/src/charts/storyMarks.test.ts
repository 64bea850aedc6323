import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../sim-engine/index';
import { stageBands, storyMarks } from './storyMarks';

const events: RunEvent[] = [
  { type: 'stage-entered', minute: 0, stage: 0, percent: 1 },
  { type: 'stage-entered', minute: 60, stage: 1, percent: 5 },
  {
    type: 'breach',
    minute: 190,
    stage: 1,
    thresholdIndex: 1,
    metric: 'latency_p99',
    estimate: 230,
    limit: 200,
  },
  { type: 'rollback-requested', minute: 190, reason: 'breach' },
  { type: 'rollback-complete', minute: 195 },
];

describe('storyMarks', () => {
  it('spans each stage until the next one and ends the last at the rollback', () => {
    const marks = storyMarks(events, 200);
    expect(marks.stages).toEqual([
      { stage: 0, percent: 1, from: 0, to: 60 },
      { stage: 1, percent: 5, from: 60, to: 195 },
    ]);
    expect(marks.breach).toMatchObject({ minute: 190, thresholdIndex: 1, limit: 200 });
    expect(marks.rollbackRequested).toBe(190);
    expect(marks.rollbackComplete).toBe(195);
  });

  it('knows only what has been played so far', () => {
    const marks = storyMarks(events, 200, 100);
    expect(marks.breach).toBeNull();
    expect(marks.stages.at(-1)).toEqual({ stage: 1, percent: 5, from: 60, to: 100 });
  });
});

describe('stageBands', () => {
  it('labels only bands wide enough for their label', () => {
    const bands = stageBands(storyMarks(events, 200).stages, (m) => m);
    expect(bands.map((b) => [b.label, b.labelled, b.odd])).toEqual([
      ['1 %', true, false],
      ['5 %', true, true],
    ]);
    expect(stageBands(storyMarks(events, 200).stages, (m) => m / 10)[0]?.labelled).toBe(false);
  });
});
