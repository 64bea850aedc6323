import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-ninth round (corpus/README.md): the PM's share named anywhere in the sentence, and a
// "who goes first, and why" heading over group notes with their reasons. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string): string[] {
  return gradeAnswer(answer, service).covered;
}

describe('the PM’s share, then a colon and the decisions, is the speaker’s', () => {
  it.each([
    'So the PM part, in short: the order, the limits, the holds, the sign-off. Engineering owns the switch itself.',
    'What worked was being clear on my part: the order of stores, the rollback numbers, the holds and the go/no-go. Engineering owns the flag.',
  ])('earns pm-owns in "%s"', (answer) => {
    expect(covers(answer)).toContain('pm-owns');
  });

  it('does not read one thing as the share of decisions (must not deny)', () => {
    expect(covers('My part: the launch email. Engineering owns the flag.')).not.toContain(
      'pm-owns',
    );
  });
});

describe('a short "who goes first, and why" heading over group notes is the order', () => {
  const answer = [
    'Who goes first, and why',
    'Our own staff.',
    'We use the tool all day, so we feel slow pages before anyone.',
    'Stores in the early-access programme.',
    'Small free stores.',
    'Large paying merchants last: most traffic, most to lose.',
  ].join('\n');

  it('earns the cohort order with a reason after a group', () => {
    expect(covers(answer)).toContain('cohort-order');
  });

  it('does not skip reasons under a long sentence that is no heading (must not deny)', () => {
    const text =
      'First thing I would do is ask someone who knows the stores to read it, since most of our users run small shops. ' +
      'Then I would release it gradually and see what users think. ' +
      'The point of the change is speed, so feedback matters most. ' +
      'If people dislike it we change it again.';
    expect(covers(text)).not.toContain('cohort-order');
  });
});
