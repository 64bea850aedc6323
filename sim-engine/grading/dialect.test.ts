import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { registerOf } from './dialect';
import { gradeAnswer } from './gradeAnswer';

// The thirty-fifth round: answers written in a creole or a dialect spelling. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const CREOLE = [
  'Mi own di order, di numbers dat send it back and how long wi wait pon each step; di platform team dem run di routing.',
  'Before wi open it to anybody wi write down di line: if errors go up more dan 0.5 percent over control, it come back.',
  'Wi hold every step at least one full day, and mi and di SRE lead sign off each one before wi move.',
].join(' ');

describe('an answer written in Jamaican English is read in standard spelling', () => {
  it('credits what the PM owns, the limits and the sign-off', () => {
    const grade = gradeAnswer(CREOLE, service);
    expect(grade.covered).toEqual(
      expect.arrayContaining(['pm-owns', 'thresholds', 'holds', 'sign-off']),
    );
  });

  it('shows every sentence as the candidate wrote it', () => {
    const grade = gradeAnswer(CREOLE, service);
    expect(grade.sentences.map((sentence) => sentence.text).join(' ')).toBe(CREOLE);
  });
});

describe('an answer written in Scots is read in standard spelling', () => {
  const SCOTS =
    'Ah ken whit ye want, but we wouldnae pit ony rollback numbers doon in advance, an we dinnae ' +
    'hold at ony step. Ye just push it oot tae everybody an fix it efter.';

  it('reads "wouldnae" and "dinnae" as refusals: no limits and no holds are credited', () => {
    const grade = gradeAnswer(SCOTS, service);
    expect(grade.covered).not.toContain('thresholds');
    expect(grade.covered).not.toContain('holds');
  });

  it('shows a respelled word as written, not as its two standard words', () => {
    const grade = gradeAnswer(SCOTS, service);
    expect(grade.sentences[0]?.text).toContain('we wouldnae pit ony rollback numbers doon');
  });
});

describe('a standard English answer is read as written (must not respell)', () => {
  it('leaves an answer with a stray "den" or "dis" alone', () => {
    expect(
      registerOf(
        'We hold a day at each step, den widen; dis is my call, and the on-call engineer rolls back.',
      ),
    ).toBeNull();
  });
});
