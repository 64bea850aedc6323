import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The forty-third round (corpus/README.md): keys written in snake case, as in a config, are read as
// their words and quoted back as written; a table row counting "one forced restart" is not the
// generic "one". Our own words.
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

describe('"one" as a count is not the generic "one"', () => {
  const table = (gate: string) =>
    [
      'I own the order, the limits and the holds; the platform team owns the proxy and the routing.',
      'Rollback limits are frozen in the release doc before the first tenant moves.',
      '',
      '| Stage | Who | Gate | Limit |',
      '| --- | --- | --- | --- |',
      `| 1 % | Our own teams, who use it all day | ${gate} | errors +0.3 %, p99 +250 ms |`,
      '| 5 % | Opted-in beta tenants | 24 h hold | same |',
      '| 100 % | Largest paying tenants, last because an outage costs them most | final review | same |',
    ].join('\n');

  it('keeps a table row with "one forced restart" in the plan', () => {
    const covered = gradeAnswer(table('24 h hold, one forced cold-cache restart'), service).covered;
    expect(covered).toContain('cohort-order');
  });

  it('still hears "one usually writes …" as general practice (must not deny)', () => {
    const answer =
      'One usually writes the rollback limits down after the first spike: errors +0.5 %, p99 +200 ms.';
    expect(gradeAnswer(answer, service).covered).not.toContain('thresholds');
  });
});
