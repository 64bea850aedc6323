import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The seventeenth round: a summarising model's outputs are its summaries, and a fact it invents
// or drops is a hallucination. Every sentence is our own wording.
const model = fixtureScenario();

function covers(answer: string): boolean {
  return gradeAnswer(answer, model).covered.includes('model-metrics');
}

describe('model quality guards said through the model’s summaries', () => {
  it('credits a rollback on invented facts and thumbs-down', () => {
    expect(
      covers(
        'We roll back if summaries with an invented fact pass 5 % or thumbs-down passes 12 %.',
      ),
    ).toBe(true);
  });

  it('does not credit a summary named in passing (must not deny)', () => {
    expect(covers('I will send the team a summary of the rollout every morning.')).toBe(false);
  });
});
