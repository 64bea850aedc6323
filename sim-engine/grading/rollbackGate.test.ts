import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-third round (corpus/README.md): a rollback that waits for the PM is the misconception
// the rollback point guards against; said as what does not happen, it is the point. Our own words.
const service = fixtureScenario({ changeKind: 'backend' });

const { misconceptions } = gradedFor(service);

const plan =
  'I own the order, the limits and the holds; engineering owns the routing. ' +
  'Staff first, then beta users, then everyone, with enterprise accounts last. ';

describe('a rollback that waits for the PM', () => {
  it.each([
    [
      'paged first, then approved',
      'If a limit is breached, the on-call engineer pages me first; I look at the graphs, approve the rollback in the ticket, and then they switch back.',
    ],
    [
      'nobody alone, for audit',
      'Rollback: for audit reasons nobody may roll back on their own authority, not even at night.',
    ],
    ['asked first', 'Any rollback, the on-call asks me first and I make the call.'],
    ['approval before', 'The on-call engineer must get my approval before rolling back.'],
    [
      'nobody else',
      'If a limit is breached, on-call pages me and I make the call; nobody else will roll back.',
    ],
    [
      'paged and waiting, after "nobody but me"',
      'Nobody rolls back but me. If a limit trips, on-call pages me and waits.',
    ],
  ])('is the rollback misconception: %s', (_form, sentence) => {
    expect(misconceptions(plan + sentence)).toContain('rollback');
  });

  it.each([
    [
      'not paged first',
      'The on-call engineer flips the flag back at any hour; they don’t page me first, they tell me after.',
    ],
    [
      'no need to page',
      'The on-call engineer reverts within five minutes, no need to page me first.',
    ],
    [
      'rather than',
      'The on-call engineer rolls back on any breach; I would rather read about it at breakfast than have them page me first.',
    ],
    [
      'a plan judged',
      'The on-call engineer rolls back alone, because waking a PM to approve a rollback turns ten minutes into two hours.',
    ],
    [
      'rolled back, then paged',
      'Rollback: if a limit trips, on-call flips the flag back, then pages me; nobody waits for me.',
    ],
    [
      'nobody else but the on-call',
      'The on-call engineer owns the rollback, any hour, two minutes; nobody else will roll back.',
    ],
    [
      'without my approval',
      'The on-call engineer rolls back without my approval, day or night, in two minutes.',
    ],
    [
      'nobody needs approval',
      'Nobody needs my approval to roll back: the on-call engineer flips the flag in two minutes.',
    ],
  ])('is not the misconception when the rollback does not wait (must not deny): %s', (_f, s) => {
    expect(misconceptions(plan + s)).not.toContain('rollback');
  });
});
