import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-sixth round: a model watched for errors and latency and "nothing else". Our words.
const model = fixtureScenario();

function misconceptions(answer: string): string[] {
  return gradeAnswer(answer, model).misconceptions.map((found) => found.point);
}

describe('errors and latency and "nothing else" for a model is the misconception', () => {
  it.each([
    'If the error rate and p99 stay flat, the model is fine; there is nothing else the canary needs to watch.',
    'For the new model I watch the error rate and latency, nothing else.',
  ])('reads the misconception in "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it('does not read "if errors rise, nothing else matters: we roll back" as one (must not deny)', () => {
    expect(misconceptions('If errors rise, nothing else matters: we roll back.')).toEqual([]);
  });
});
