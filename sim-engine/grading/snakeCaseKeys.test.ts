import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-third round (corpus/README.md): keys written in snake case, as in a config, are read as
// their words and quoted back as written. Our own words.
const service = fixtureScenario({ changeKind: 'backend' });

const config = [
  'pm_owns: exposure order, rollback limits, hold length, go / no-go at each stage',
  'engineering_owns: routing, deploy, the traffic split',
  'order_of_cohorts: staff first, then opted-in beta teams, then everyone, enterprise accounts last',
].join('\n');

describe('keys in snake case', () => {
  it('reads "pm_owns: …" beside "engineering_owns: …" as the PM’s decisions', () => {
    expect(gradeAnswer(config, service).covered).toContain('pm-owns');
  });

  it('quotes the sentence back as written, underscores and all', () => {
    const texts = gradeAnswer(config, service).sentences.map((sentence) => sentence.text);
    expect(texts[0]).toBe(
      'pm_owns: exposure order, rollback limits, hold length, go / no-go at each stage',
    );
  });

  it('gives a flag’s name no words of a plan (must not deny)', () => {
    const answer = 'We add the task_store_backend flag and the proxy rules in this change.';
    expect(gradeAnswer(answer, service).covered).toEqual([]);
  });
});
