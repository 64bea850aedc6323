import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-sixth round: a launch at an earlier workplace, told before this plan. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

describe('a launch told as done at another workplace is a story, not the plan', () => {
  it('reads no misconception into "The last pricing change I ran was at a travel company … We sent it to a random 2 %"', () => {
    const grade = gradeAnswer(
      [
        'The last pricing change I ran was at a travel company, and it taught me a lot.',
        'We sent it to a random 2 % and watched the graphs.',
        'Here I would have staff go first, then opted-in beta customers, and big corporate accounts last because they lose the most.',
      ].join(' '),
      service,
    );
    expect(grade.misconceptions).toEqual([]);
    expect(grade.covered).toContain('cohort-order');
  });

  it('still reads a random slice planned now as the misconception (must not deny)', () => {
    const grade = gradeAnswer(
      'I was at a travel company before this. Here we send it to a random 2 % and watch the graphs.',
      service,
    );
    expect(grade.misconceptions.map((found) => found.point)).toContain('cohort-order');
  });
});
