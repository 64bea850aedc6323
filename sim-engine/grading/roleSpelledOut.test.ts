import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { registerOf } from './dialect';

// The sixtieth round (corpus/README.md): a rollback kept for "the product manager" with the role
// spelled out, questions told back to the interviewer, stages named before their share, "Ah" for
// "I", a cleft without its "it", "all a model change needs", and a release told in the past by a
// speaker who tells their own past later. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const { covered, misconceptions } = gradedFor(service);
const forModel = gradedFor(model);

describe('a rollback kept for the product manager, the role spelled out', () => {
  it('is the misconception when nobody but the product manager may roll back', () => {
    const answer = 'Nobody rolls back the checkout service except the product manager.';
    expect(misconceptions(answer)).toContain('rollback');
  });

  it('is the misconception when on-call pages the product manager first and waits', () => {
    const answer =
      'If a limit breaks, the on-call engineer pages the product manager first and waits before any rollback.';
    expect(misconceptions(answer)).toContain('rollback');
  });

  it('is the misconception when only the product manager may roll back', () => {
    expect(misconceptions('Only the product manager may roll back the release.')).toContain(
      'rollback',
    );
  });

  it('is not the misconception when on-call pages first but rolls back without waiting (must not deny)', () => {
    const answer =
      'The on-call engineer pages the product manager first, then rolls back without waiting for an answer.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });

  it('is not the misconception when others may roll back too (must not deny)', () => {
    const answer = 'Not only the product manager may roll back; anyone on call can.';
    expect(misconceptions(answer)).not.toContain('rollback');
  });
});

describe('a question told back to the interviewer', () => {
  it('is the question its short answer fills', () => {
    const answer = 'You asked who signs off. The support lead and I, together, before every stage.';
    expect(covered(answer)).toContain('sign-off');
  });

  it('earns nothing with an answer that names no one (must not deny)', () => {
    expect(covered('You asked who signs off. Good question.')).not.toContain('sign-off');
  });

  it('is no story that takes the next sentence away', () => {
    const answer =
      'You asked about limits. Written down before launch: error rate above 0.5 % and p99 latency over 300 ms.';
    expect(covered(answer)).toContain('thresholds');
  });

  it('leaves a story told by others as theirs (must not deny)', () => {
    const answer =
      'The payments team shipped their change on a Friday. The limits were written after launch: error rate above 2 %.';
    expect(covered(answer)).not.toContain('thresholds');
  });
});

describe('stages that place the groups they name', () => {
  it('places groups after a stage named before its share', () => {
    const answer =
      'Kite, 2 %: staff accounts, because they will complain loudly. ' +
      'Owl, 30 %: enterprise accounts, because their contracts carry penalties.';
    expect(covered(answer)).toContain('cohort-order');
  });

  it('places groups a day entry opens on', () => {
    const answer =
      'Day 1: our own support staff, who know the product best. ' +
      'Day 4: the beta customers who opted in, because they expect rough edges.';
    expect(covered(answer)).toContain('cohort-order');
  });

  it('places no one when a day entry tells what we do (must not deny)', () => {
    const answer =
      'Day 1: we tell the support staff what is coming. Day 4: we email the beta customers who opted in.';
    expect(covered(answer)).not.toContain('cohort-order');
  });

  it('places no one when a day entry opens on what to do (must not deny)', () => {
    const answer =
      'Day 1: announce the change to support staff. Day 4: announce it to the beta customers who opted in.';
    expect(covered(answer)).not.toContain('cohort-order');
  });
});

describe('the speaker in other spellings and clefts', () => {
  it('reads "Ah" before a verb as "I"', () => {
    const answer =
      'Engineering owns the deploy, and Ah own the calls: when we move forward, when we hold, when we stop.';
    expect(covered(answer)).toContain('pm-owns');
  });

  it('leaves "Ah" as a word of surprise before a comma (must not deny)', () => {
    expect(registerOf('Ah, own the calls and hold each stage a day.')).toBeNull();
    expect(registerOf('Ah own the calls and hold each stage a day.')).not.toBeNull();
  });

  it('puts the PM in focus in a cleft that drops its "it"', () => {
    expect(covered('Is the PM who own the release decisions here.')).toContain('pm-owns');
  });

  it('asks, and commits to nothing, when the cleft is a question (must not deny)', () => {
    expect(covered('Is the PM who own the release decisions here?')).not.toContain('pm-owns');
  });
});

describe('errors and latency called all a model change needs', () => {
  it('is the model-metrics misconception', () => {
    const answer =
      'Error rate and latency stayed flat at every stage. That is all a model change needs watching for.';
    expect(forModel.misconceptions(answer)).toContain('model-metrics');
  });

  it('is not the misconception when denied (must not deny)', () => {
    const answer =
      'Error rate and latency stayed flat at every stage. That is not all a model change needs watching for.';
    expect(forModel.misconceptions(answer)).not.toContain('model-metrics');
  });
});

describe('a release told in the past by the speaker', () => {
  it('keeps limits told in the past as the plan once the speaker tells their own part', () => {
    const answer =
      'Every stage moved on only after a full day inside the limits. ' +
      'The limits were written before the first request: error rate above 0.5 % and p99 latency over 300 ms. ' +
      'At the start we agreed who could roll back.';
    expect(covered(answer)).toContain('thresholds');
  });
});
