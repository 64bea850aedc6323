import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// What a strict interviewer accepts as evidence for a point, said in ways no corpus answer used.
// Every sentence here is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covered(answer: string): string[] {
  return gradeAnswer(answer, service).covered;
}

describe('a closing clause about someone else does not refuse what the sentence said', () => {
  it.each([
    'The on-call engineer flips the flag back within some minutes, day or night, she does not have to ask me.',
    'Whoever is on duty can revert the routing in two minutes, they never need my approval.',
  ])('credits the rollback in "%s"', (sentence) => {
    expect(covered(sentence)).toContain('rollback');
  });

  it('still reads the speaker’s own short refusal as turning the practice down', () => {
    expect(
      covered(
        'Many teams let the on-call engineer flip the flag back in two minutes, but I would not.',
      ),
    ).not.toContain('rollback');
  });
});

describe('the grader hears ownership said as the PM being the owner, or as a heading naming the speaker', () => {
  it.each([
    'As for roles, the product manager is the owner of the release calls: who goes first and when we widen.',
    'I am the decider on the ramp pace and the stop rules.',
    'PM (myself): exposure order, abort lines, the pace of the ramp.',
  ])('credits "%s"', (sentence) => {
    expect(covered(sentence)).toContain('pm-owns');
  });

  it.each([
    'The PM is the owner of nothing technical; engineering decides which users go first.',
    'PM (me): what is the p99 right now?',
    'Engineering is the owner of the rollout decisions.',
  ])('does not credit "%s"', (sentence) => {
    expect(covered(sentence)).not.toContain('pm-owns');
  });
});
