import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The thirty-sixth round: a model watched for errors and latency and "nothing else". Our words.
const model = fixtureScenario();

const { misconceptions } = gradedFor(model);

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

/**
 * The same misconception in the forms later sets used, one table per side. Added by round: the
 * 38th (tells everything, all I'd watch, too noisy), the 39th (the whole story, any service, the
 * only things that matter, noise, quality settled), the 41st (like any other service, another
 * deploy, doing its job, evals that already told). Our own words throughout.
 */
const HELD_IN_OTHER_WORDS = [
  'For monitoring, the model is one more service: its error rate and latency tell you everything.',
  'So the error rate and response time are all I’d watch on the new model.',
  'Hallucination checks and thumbs-down counts are too noisy to act on.',
  'We agree the limits first, error rate 0.5 % over or p99 300 ms worse, and those two are the whole story.',
  'What we measure is what we would measure for any service: error rate and latency.',
  'In production the only things that matter for a model are whether it errors and how fast it answers.',
  'Thumbs-downs and eval scores are noise at this volume.',
  'The offline evals went up three points, so the quality question is settled.',
  "A model is a service like any other, so I'd guard it the same way: error rate and latency.",
  'A prompt change is just another deploy, so I watch error rate and latency.',
  "If the new model keeps its error rate flat and answers inside our latency budget, it's doing its job.",
  'The offline evals already told us the answers are good, so quality is not what the canary is for.',
];

/** Must-not-deny cases: the same words denied, kept in some form, or telling nothing. */
const NOT_HELD = [
  "The error rate alone doesn't tell you everything about a model.",
  'Thumbs-down alone is too noisy, so we pair it with the eval harness.',
  'Error rate is not the whole story for a model: we also watch hallucinations and thumbs-downs.',
  'The quality question is not settled by the offline evals, so we sample live answers daily.',
  'Thumbs-down counts are not too noisy to act on at this volume; we watch them daily.',
  'A model is not a service like any other: error rate alone misses wrong answers, so we watch hallucinations.',
  'The offline evals already told us little about German, so the harness samples live German answers.',
];

describe('errors and latency as all a model needs, in the words later sets used', () => {
  it.each(HELD_IN_OTHER_WORDS)('reads the misconception in "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it.each(NOT_HELD)('reads none in "%s" (must not deny)', (answer) => {
    expect(misconceptions(answer)).toEqual([]);
  });
});
