import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-seventh round: a salad said in one breath. Our own wording.
const model = fixtureScenario();

describe('a dozen items or more hung on a verb or two are a list', () => {
  it('earns nothing for "it is all the harness and the ratings and p95 and …, all of it"', () => {
    const grade = gradeAnswer(
      "Honestly for the new ranking model it's all the eval harness and the hallucination checks " +
        'and thumbs-down and p95 and cost per request and the staff cohort, beta users and big ' +
        'accounts, stop limits and holds and gates, the kill switch, two minutes, approvals, ' +
        'canary versus A/B, safe versus better, one, five, twenty-five, a hundred, the on-call, ' +
        'all of it together.',
      model,
    );
    expect(grade.covered).toEqual([]);
    expect(grade.score).toBeLessThanOrEqual(10);
  });

  it('keeps a long sentence whose items each have their verb (must not deny)', () => {
    const grade = gradeAnswer(
      'Before launch I write down that we roll back if errors rise 0.5 % over control, p95 gets ' +
        '300 ms slower, the eval harness score drops 2 points, thumbs-down rises 20 %, cost per ' +
        'request grows 25 %, or hallucinations pass 1 %, and nobody moves those numbers later.',
      model,
    );
    expect(grade.covered).toEqual(expect.arrayContaining(['thresholds', 'model-metrics']));
  });

  it('counts sentences run together with dashes apart (must not deny)', () => {
    const grade = gradeAnswer(
      'for the new ranking model staff, testers, beta users, then everyone, big accounts last — ' +
        'we roll back if errors, p95, hallucinations, thumbs-down or cost per request cross the ' +
        'limits written before launch: errors 0.5 %, p95 300 ms, hallucinations 1 %, thumbs-down ' +
        '20 %, cost 25 % — each step, 1, 5, 25, 50 and 100 %, holds a full day, signed by me and ' +
        'the ML lead — the on-call engineer flips traffic back in two minutes, any hour',
      model,
    );
    expect(grade.covered).toEqual(expect.arrayContaining(['thresholds', 'holds', 'rollback']));
  });
});
