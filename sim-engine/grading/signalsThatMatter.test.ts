import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The fiftieth round (corpus/README.md): errors and latency called the signals that matter, the
// whole picture, or quality settled offline with the other signals dismissed as noise. Every
// sentence is our own wording.
const model = fixtureScenario();

const { misconceptions } = gradedFor(model);

describe('errors and latency called all that counts for a model', () => {
  it.each([
    'For a new model, error rate and latency are the signals that matter; if both are clean, ship it.',
    'Health of the model: error rate plus latency, which is the whole picture.',
    'The offline evals already settled quality, so tracking thumbs-down or token cost in the canary would only add noise.',
  ])('is the model-metrics misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it.each([
    // A quality signal among the ones that matter.
    'Error rate, latency and the hallucination rate on the eval set are the signals that matter.',
    // Quality settled offline, and still watched live.
    'The offline evals already settled quality, but we still track thumbs-down and token cost in the canary.',
  ])('is not the misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });
});
