import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The sentence marks and the list of missed points tell a candidate the same thing.
const service = fixtureScenario({ changeKind: 'backend' });

/** Notes with two real sentences: the notes hold the answer's credit below every point. */
const NOTES_WITH_TWO_STATEMENTS = [
  'Search canary: index layout two.',
  'Cohorts: staff, beta, free tier, institutions.',
  '1 % / 5 % / 25 % / 100 %.',
  'p95, p99, 200 ms, 0.5 %, 2 %.',
  'Thresholds, baseline, control, pre-committed.',
  'Holds 24 h, gates, metric-based, sign-off, PM, eng lead.',
  'Rollback: on-call, routing, config, under 5 minutes, any hour.',
  'Dashboards, alerts, timeouts, shards, weekend.',
  'Rare queries, long tail, filters, tail latency, index size, query volume, 48 h.',
  'Safety vs lift, A/B test, randomised, hosting savings, cost per query.',
  'We roll back if errors rise 0.5 % over control.',
].join('\n');

describe('a sentence is marked as earning a point only when the answer covers that point', () => {
  it('marks a statement among notes as counting towards points the answer still misses', () => {
    const grade = gradeAnswer(NOTES_WITH_TWO_STATEMENTS, service);
    const statement = grade.sentences.find((s) => s.text.startsWith('We roll back'));
    expect(grade.missed).toEqual(expect.arrayContaining(['thresholds', 'rollback']));
    expect(statement?.points).toEqual([]);
    expect(statement?.towards).toEqual(['thresholds', 'rollback']);
  });

  it('never marks a sentence as earning a missed point, nor as counting towards a covered one', () => {
    const grade = gradeAnswer(
      `${NOTES_WITH_TWO_STATEMENTS}\nI own the order, the limits and the pace of this release.`,
      service,
    );
    for (const sentence of grade.sentences) {
      for (const id of sentence.points) expect(grade.covered).toContain(id);
      for (const id of sentence.towards) expect(grade.missed).toContain(id);
    }
  });

  it('marks the sentences of a covered point as earning it (must not deny)', () => {
    const grade = gradeAnswer(
      'We roll back if errors rise 0.5 % over control or p99 gets 200 ms slower, limits agreed before launch.',
      service,
    );
    expect(grade.covered).toContain('thresholds');
    expect(grade.sentences[0]?.points).toContain('thresholds');
    expect(grade.sentences[0]?.towards).not.toContain('thresholds');
  });
});
