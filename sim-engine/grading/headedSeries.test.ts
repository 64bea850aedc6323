import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-fourth round (corpus/README.md): a heading with no finite verb over groups of noun
// phrases separated by semicolons says nothing, however many keywords it holds. Our own words.
const model = fixtureScenario();

describe('a heading over semicolon groups of noun phrases', () => {
  it('earns nothing', () => {
    const answer = [
      'Considerations concerning the summary model canary: the segmentation of staff, pilot clinics ' +
        'and general practices; the pre-commitment of thresholds in the region of 0.5 %, 200 ms and ' +
        '2 %; the staging of 1 %, 5 %, 25 %, 50 % and 100 % with holds and gates; the sign-off of the ' +
        'product manager and the ML lead; rollback authority, on-call rotation, configuration flags ' +
        'and five minutes; hallucination, eval harness, thumbs-down, p95 latency, token cost and ' +
        'compute per request; clinic hours, evening load, regional clocks; the distinction of canary ' +
        'and randomised A/B testing, safety and improvement; the ownership of decisions and of routing.',
      'All of this, and the question of the new model.',
    ].join('\n');
    expect(gradeAnswer(answer, model).score).toBeLessThanOrEqual(10);
  });

  it('keeps a heading that says something over its limits (must not deny)', () => {
    const answer =
      'Rollback limits, fixed before launch: errors +0.5 % over control; p99 +200 ms over control; ' +
      'eval-harness hallucination above 2 %; thumbs-down up a fifth; cost per answer up 30 %.';
    expect(gradeAnswer(answer, model).covered).toContain('thresholds');
  });

  it('keeps one comma series under a label as it was (must not deny)', () => {
    const answer =
      'Signals we gate on: hallucination rate on the eval harness, thumbs-down rate, p95 latency, ' +
      'token cost per answer, compute per request, refusal rate, escalations, resolution rate.';
    expect(gradeAnswer(answer, model).covered).toContain('model-metrics');
  });
});
