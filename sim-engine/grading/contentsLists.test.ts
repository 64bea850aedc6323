import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-sixth round (corpus/README.md): the numbered titles under "Contents" or "Agenda" state
// nothing; prose after them is read as ever. Our own words.
const model = fixtureScenario();

describe('a table of contents', () => {
  it('earns nothing for its numbered titles', () => {
    const answer = [
      'Contents',
      '1  Ownership: PM, engineering, routing, decisions',
      '2  Cohorts: staff, pilot stores, regional stores, flagship stores',
      '3  Thresholds: 0.5 %, p95 3 s, hallucination 1 %, pre-committed',
      '4  Ramp: 1 %, 5 %, 25 %, 100 %; holds; metric gates',
      '5  Sign-off: ML lead, PM',
      '6  Rollback: on-call, config flag, under 5 minutes, no approval',
      '7  Model signals: eval harness, thumbs-down, p95, cost per answer',
    ].join('\n');
    expect(gradeAnswer(answer, model).score).toBeLessThanOrEqual(10);
  });

  it('reads the prose after the contents as the plan (must not deny)', () => {
    const answer = [
      'Contents',
      '1  Rollback',
      '2  Limits',
      '',
      'Rollback: the on-call engineer flips the model flag back at any hour, without asking anyone, in under five minutes.',
    ].join('\n');
    expect(gradeAnswer(answer, model).covered).toContain('rollback');
  });
});
