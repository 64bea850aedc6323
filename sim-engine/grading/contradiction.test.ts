import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The eighteenth round (corpus/README.md): a misconception halves the answer only when nothing
// else in it states the point's right view. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const PLAN =
  'I own the rollout order, the triggers and the gates. ' +
  'Staff go first, then the beta programme, then new sign-ups, with enterprise tenants last because an outage there costs contracts. ' +
  'We roll back if errors rise 0.5 points over control or p99 gets 200 ms worse, written down before launch. ' +
  'Stages are 1, 5, 25 and 100 %, each held for a day. ' +
  'I sign off each stage and the engineering lead countersigns. ' +
  'The on-call engineer flips the flag back at any hour in two minutes without asking. ';
const RIGHT_VIEW =
  'The canary only tells us the release is safe; whether it is better is a randomised A/B test afterwards. ';
const WRONG_VIEW =
  'If the canary group converts more, the canary proves the new version is better.';

describe('a misconception with no right view elsewhere still halves the answer', () => {
  it('halves a plan whose only word on the question of better is the misconception', () => {
    const grade = gradeAnswer(PLAN + WRONG_VIEW, service);
    expect(grade.misconceptions.map((m) => m.point)).toEqual(['canary-vs-ab']);
    expect(grade.score).toBeLessThanOrEqual(50);
  });

  it('halves an answer built on the canary as the A/B test', () => {
    const grade = gradeAnswer(
      'The canary is our A/B test. ' + WRONG_VIEW + ' Ten per cent get the new version.',
      service,
    );
    expect(grade.misconceptions).toHaveLength(1);
  });
});

describe('a misconception the answer also contradicts is quoted, not halved', () => {
  const both = gradeAnswer(PLAN + RIGHT_VIEW + WRONG_VIEW, service);
  const alone = gradeAnswer(PLAN + WRONG_VIEW, service);

  it('does not halve the answer', () => {
    expect(both.misconceptions).toEqual([]);
    expect(both.score).toBeGreaterThan(alone.score);
  });

  it('quotes the sentence as a contradiction to resolve', () => {
    const notice = both.notices.find((n) => n.includes('says both ways'));
    expect(notice).toContain(WRONG_VIEW);
    const marked = both.sentences.find((s) => s.misconception === 'canary-vs-ab');
    expect(marked?.text).toBe(WRONG_VIEW);
  });

  it('withholds the point until the contradiction is resolved', () => {
    expect(both.covered).not.toContain('canary-vs-ab');
    expect(gradeAnswer(PLAN + RIGHT_VIEW, service).score).toBeGreaterThan(both.score);
  });
});

describe('contradictions on several points are two plans side by side', () => {
  it('halves an answer that says both ways on the rollback and on the question of better', () => {
    const grade = gradeAnswer(
      PLAN + RIGHT_VIEW + 'We roll back by redeploying the old build. ' + WRONG_VIEW,
      service,
    );
    expect(grade.misconceptions.map((m) => m.point).sort()).toEqual(['canary-vs-ab', 'rollback']);
    expect(grade.score).toBeLessThanOrEqual(50);
  });
});
