import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The eighty-first round (corpus/README.md): "any numbers" refused in advance are the limits
// refused, the thresholds misconception; and practices as the subject of a negated passive ("…
// shall not be watched or gated") are refused, as "we won't watch them" is. Every sentence is our
// own wording.
const model = fixtureScenario();
const { credit, misconceptions } = gradedFor(model);

describe('numbers refused in advance', () => {
  it('reads "I shall not fix any numbers in advance" as the thresholds misconception', () => {
    const late =
      'I shall not fix any numbers in advance; I shall watch the dashboards as the stages run.';
    expect(misconceptions(late)).toContain('thresholds');
  });
});

describe('practices as the subject of a negated passive', () => {
  it('gives no credit for signals that "shall not be watched or gated"', () => {
    const refused =
      'The hallucination rate, the thumbs-down rate and the cost per conversation shall not be watched or gated.';
    expect(credit(refused, 'model-metrics')).toBe(0);
  });

  it('still credits signals watched earlier in a long run-on sentence (must not deny)', () => {
    const runOn =
      'we watch the hallucination rate and the thumbs-down rate every morning at every stage of the rollout and we hold each stage a full day and the old weekly report will not be checked by anyone';
    expect(credit(runOn, 'model-metrics')).toBeGreaterThan(0);
  });

  it('leaves "I wouldn\'t set thresholds in advance" to the misconception it is (must not deny)', () => {
    expect(misconceptions("I wouldn't set thresholds in advance.")).toContain('thresholds');
  });
});
