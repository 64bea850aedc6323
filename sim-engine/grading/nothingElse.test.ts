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

// The thirty-eighth round: the same misconception in other words, and quality signals dismissed.
describe('errors and latency said to tell everything, or all that is watched, for a model', () => {
  it.each([
    'For monitoring, the model is one more service: its error rate and latency tell you everything.',
    'So the error rate and response time are all I’d watch on the new model.',
    'Hallucination checks and thumbs-down counts are too noisy to act on.',
  ])('reads the misconception in "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it.each([
    "The error rate alone doesn't tell you everything about a model.",
    'Thumbs-down alone is too noisy, so we pair it with the eval harness.',
  ])('reads none in "%s" (must not deny)', (answer) => {
    expect(misconceptions(answer)).toEqual([]);
  });
});
