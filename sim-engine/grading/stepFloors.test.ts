import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The thirty-fifth round: steps said in one breath, with a floor on each. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { covered } = gradedFor(service);

describe('a floor on each step is a hold, not a denial', () => {
  it('credits the hold in "none shorter than two days"', () => {
    expect(
      covered('Shares go 2, 10, 30 and 100 %, none shorter than two days or 300 checked orders.'),
    ).toContain('holds');
  });

  it('credits the hold in "no sooner than 48 hours after the last step"', () => {
    expect(
      covered(
        'Each widening, 2 to 10 to 30 to 100 %, comes no sooner than 48 hours after the last.',
      ),
    ).toContain('holds');
  });

  it('still reads "none of the steps waits" as no hold (must not credit)', () => {
    expect(
      covered('We go 2, 10, 30, 100 % and none of the steps waits for anything.'),
    ).not.toContain('holds');
  });
});

describe('a plural of the plan opening a sentence is the plan’s noun, not a name', () => {
  it('credits the sign-off in "Steps are 2, 10, 30 %, each signed by me and the eng lead"', () => {
    expect(covered('Steps are 2, 10, 30 and 100 %, each signed by me and the eng lead.')).toContain(
      'sign-off',
    );
  });

  it('still credits "Stages move on only once the SRE lead and I sign" (must not deny)', () => {
    expect(covered('Stages move on only once the SRE lead and I sign.')).toContain('sign-off');
  });
});
