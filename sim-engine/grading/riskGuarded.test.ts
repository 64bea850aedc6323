import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-fifth round: a plan told as risks, each answered by its guard. Our own wording.
const model = fixtureScenario();
const service = fixtureScenario({ changeKind: 'backend' });

describe('a risk answered by its guard is neither a claim nor a misconception', () => {
  it('credits limits guarded against being set late, with no misconception', () => {
    const grade = gradeAnswer(
      [
        '3. We pick the rollback limits after we have seen the numbers.',
        'Guard: they are agreed before launch: we roll back if errors rise 0.5 % over control or p99 is 200 ms slower.',
      ].join('\n'),
      service,
    );
    expect(grade.misconceptions).toEqual([]);
    expect(grade.covered).toContain('thresholds');
  });

  it('credits the canary kept apart from the A/B test when the mix-up is the risk named', () => {
    const grade = gradeAnswer(
      [
        'Risk five: the team treats a quiet canary as proof the new model wins.',
        'Mitigation: a quiet canary only tells us it is safe to widen; whether it wins is an A/B test with a random split afterwards.',
      ].join('\n'),
      model,
    );
    expect(grade.misconceptions).toEqual([]);
    expect(grade.covered).toContain('canary-vs-ab');
  });

  it('adds no notice for a risk answered by its guard', () => {
    const grade = gradeAnswer(
      'Nobody owns the stop. Guard: I own the order and the limits; engineering owns the routing.',
      service,
    );
    expect(grade.notices).toEqual([]);
  });

  it('still reads limits set while watching as a misconception when no guard follows (must not deny)', () => {
    const grade = gradeAnswer(
      [
        'We pick the rollback limits after we have seen the numbers.',
        'Then we widen to everyone over a week.',
      ].join('\n'),
      service,
    );
    expect(grade.misconceptions.map((found) => found.point)).toContain('thresholds');
  });

  it('keeps the guard itself as the speaker’s plan (must not deny)', () => {
    const grade = gradeAnswer(
      'Rollback is slow. Guard: the on-call engineer flips the flag back in two minutes, any hour, without asking me.',
      service,
    );
    expect(grade.covered).toContain('rollback');
  });

  it('keeps what comes before the risk after a dash (must not deny)', () => {
    const grade = gradeAnswer(
      [
        'Each advance is signed by the SRE lead and me together, neither alone — and a slow rollback is the risk.',
        'Guard: the on-call engineer flips the flag back in two minutes, any hour, without asking me.',
      ].join('\n'),
      service,
    );
    expect(grade.covered).toEqual(expect.arrayContaining(['sign-off', 'rollback']));
  });

  it('keeps a long sentence before a guard, which says more than a risk (must not deny)', () => {
    const grade = gradeAnswer(
      [
        'Few customers rate the answers, so during the canary the eval harness grades one in ten replies and we track thumbs-down and cost per reply.',
        'Guard: no stage advances before 500 graded replies.',
      ].join('\n'),
      model,
    );
    expect(grade.points.find((point) => point.id === 'model-metrics')?.credit).toBeGreaterThan(0);
  });

  it('still reads the misconception when the guard after it is refused ("Guard: none needed")', () => {
    const grade = gradeAnswer(
      [
        'We pick the rollback limits after we have seen the numbers.',
        'Guard: none needed, the team is experienced.',
      ].join('\n'),
      service,
    );
    expect(grade.misconceptions.map((found) => found.point)).toContain('thresholds');
  });
});
