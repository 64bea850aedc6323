import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { ownStageWords } from './ownStages';
import { readAnswer, splitSentences } from './sentences';

// The seventy-second round (corpus/README.md): numbers from thirteen to nineteen spelled out,
// ordinals standing alone as the labels of a run, a label's noun read as a verb, a thing that runs
// a week lived through, a cleft opened by "that" or on "myself", and items claimed as the
// speaker's under a heading. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const tokensOf = (text: string) => splitSentences(text).flatMap((sentence) => sentence.tokens);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('numbers from thirteen to nineteen spelled out', () => {
  it('reads "fourteen days" as a length of fourteen days', () => {
    const length = tokensOf('We hold for fourteen days.').find((token) => token.unit === 'd');
    expect(length?.value).toBe(14);
  });

  it('reads "each stage for fourteen days" as a hold', () => {
    expect(covered(`${ramp}We hold each stage for fourteen days.`)).toContain('holds');
  });
});

describe('ordinals standing alone as the labels of a run', () => {
  it('reads "First crossing: …. Second: …. Third: …" as crossings held at each one', () => {
    const crossings =
      'First crossing: staff, 1 %. Second: beta, 5 %. Third: 25 %. Fourth: 50 %. ' +
      'We hold at each crossing for two days.';
    expect(covered(crossings)).toContain('holds');
  });

  it('does not read ordinals with no labelled entry before them as naming a stage (must not deny)', () => {
    const words = ownStageWords(readAnswer('Second: 5 %. Third: 25 %. Fourth: 50 %.').sentences);
    expect([...words]).toEqual([]);
  });
});

describe('a thing that runs a week, lived through', () => {
  it('reads "each stage holds for one full weekly timetable" as a hold', () => {
    expect(covered(`${ramp}Each stage holds for one full weekly timetable.`)).toContain('holds');
  });
});

describe('a cleft opened by "that" or on "myself"', () => {
  it('reads "It is myself that owns the order, the limits and the holds" as the PM owning them', () => {
    expect(covered('It is myself that owns the order, the limits and the holds.')).toContain(
      'pm-owns',
    );
  });

  it('does not read a cleft on a thing as the speaker owning it (must not deny)', () => {
    const thing = 'It is the order that decides who waits, and the limits and the holds.';
    expect(covered(thing)).not.toContain('pm-owns');
  });
});

describe("items claimed as the speaker's under a heading", () => {
  it('reads "Ownership: the cohorts, …, the holds and the sign-off are mine." as the PM owning them', () => {
    const claimed = 'Ownership: the cohorts, the red lines, the holds and the sign-off are mine.';
    expect(covered(claimed)).toContain('pm-owns');
  });

  it('does not read "mine" as one more note in a list as a claim (must not deny)', () => {
    const listed = 'Ownership: cohorts, red lines, holds, rollback, sign-off, mine.';
    expect(covered(listed)).not.toContain('pm-owns');
  });
});
