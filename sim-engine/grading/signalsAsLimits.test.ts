import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-fifth round (corpus/README.md): two model signals among limits fixed before traffic
// moves guard the release, as two named as rollback triggers already did. Our own words.
const model = fixtureScenario();

describe('two model signals among limits fixed before traffic moves', () => {
  it('covers model metrics', () => {
    const answer =
      'I own the order, the limits and the holds; the ML platform team owns serving and routing. ' +
      'Written down before any traffic moves: errors more than 0.5 % above control, p95 answer ' +
      'latency more than 300 ms worse, and compute cost per request more than 25 % higher.';
    expect(gradeAnswer(answer, model).covered).toContain('model-metrics');
  });

  it('does not cover them when the limits are set after watching (must not deny)', () => {
    const answer =
      'I would open it to 5 % and watch the dashboards for a few hours, see where p95 latency and ' +
      'compute cost per request settle, and then set the limits around what we observe.';
    expect(gradeAnswer(answer, model).covered).not.toContain('model-metrics');
  });
});
