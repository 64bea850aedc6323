import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The eighty-fifth round (corpus/README.md): the former version "brought in" is the rollback; a
// joint act "at every …" of the answer's own stages is the sign-off; a stage's share given "a full
// …" period of its own calendar is held; and "I don't pre-commit limits" refuses them up front,
// the thresholds misconception. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);

describe('the former version brought in', () => {
  it('reads "brings in the old version" as the rollback', () => {
    const brought =
      'Whoever is on call brings in the old version at any hour, in minutes, no need to call me.';
    expect(covered(brought)).toContain('rollback');
  });

  it('does not cover the rollback with "brings in a new version" (must not deny)', () => {
    const forward = 'Whoever is on call brings in a new version at any hour, in minutes.';
    expect(covered(forward)).not.toContain('rollback');
  });
});

describe("a joint act at every stage of the answer's own", () => {
  it('reads "both raise a flag from the pit wall at every lap" as the sign-off', () => {
    const raised = 'The ops lead and I both raise a flag from the pit wall at every lap.';
    expect(covered(raised)).toContain('sign-off');
  });

  it('gives no sign-off to "both watch the graphs … at every lap" (must not deny)', () => {
    const watched = 'The ops lead and I both watch the graphs from the pit wall at every lap.';
    expect(credit(watched, 'sign-off')).toBe(0);
  });
});

describe('a share given "a full" period', () => {
  it('reads "Pilot, 5 %, a full billing cycle." and the stages after it as held', () => {
    const ramp =
      'Pilot, 5 %, a full billing cycle. Beta, 25 %, a full billing cycle. Wider, 50 %, a full billing cycle. Then everyone.';
    expect(covered(ramp)).toContain('holds');
  });

  it('gives no hold to "a full launch" (must not deny)', () => {
    const launch =
      'Pilot, 5 %, then a full launch. Beta, 25 %, then a full launch. Wider, 50 %, then a full launch. Then everyone.';
    expect(covered(launch)).not.toContain('holds');
  });
});

describe('limits refused up front', () => {
  it('charges "I don\'t pre-commit limits" as the thresholds misconception', () => {
    expect(misconceptions("I don't pre-commit limits.")).toContain('thresholds');
  });

  it('does not charge "We pre-commit limits before launch" (must not deny)', () => {
    expect(misconceptions('We pre-commit limits before launch.')).not.toContain('thresholds');
  });
});
