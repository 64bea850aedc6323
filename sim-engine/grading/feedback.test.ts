import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { NOTES_WITH_ONE_STATEMENT } from './answers.fixture';
import { gradeAnswer } from './gradeAnswer';

// The sentence marks and the list of missed points tell a candidate the same thing.
const service = fixtureScenario({ changeKind: 'backend' });

describe('a sentence is marked as earning a point only when the answer covers that point', () => {
  it('marks a statement among notes as counting towards points the answer still misses', () => {
    const grade = gradeAnswer(NOTES_WITH_ONE_STATEMENT, service);
    const statement = grade.sentences.find((s) => s.text.startsWith('We roll back'));
    expect(grade.missed).toEqual(expect.arrayContaining(['thresholds', 'rollback']));
    expect(statement?.points).toEqual([]);
    expect(statement?.towards).toEqual(['thresholds', 'rollback']);
  });

  it('never marks a sentence as earning a missed point, nor as counting towards a covered one', () => {
    const grade = gradeAnswer(
      `${NOTES_WITH_ONE_STATEMENT}\nI own the order, the limits and the pace of this release.`,
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
