import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-fifth round: a plan as a table whose column headings name nothing. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const TABLE = [
  '| Decision | Choice | Reason |',
  '|---|---|---|',
  '| Who owns what | Me: order, limits, holds. Payments engineering: the flag and the deploy | The calls are made before traffic moves |',
  '| Who goes first | Staff → opted-in beta merchants → small merchants → large merchants last | Large merchants lose the most from a bad checkout |',
].join('\n');

describe('a table whose headings name nothing is read by its cells', () => {
  it('credits the ownership and the order the rows state', () => {
    const grade = gradeAnswer(TABLE, service);
    expect(grade.covered).toEqual(expect.arrayContaining(['pm-owns', 'cohort-order']));
  });

  it('still reads a heading that names a part of the plan into its cells (must not deny)', () => {
    const grade = gradeAnswer(
      [
        '| Stage | Share | Hold |',
        '|---|---|---|',
        '| 1 | 2 % | 24 h |',
        '| 2 | 10 % | 24 h |',
        '| 3 | 50 % | 48 h |',
      ].join('\n'),
      service,
    );
    expect(grade.covered).toContain('holds');
  });
});

describe('a heading asking who moves the release on, answered by people', () => {
  it('credits the sign-off in "Who advances: the SRE lead and me, at each gate"', () => {
    expect(
      gradeAnswer('Who advances: the SRE lead and me, at each gate.', service).covered,
    ).toContain('sign-off');
  });

  it('does not credit "Who advances: nobody, it moves on by itself" (must not credit)', () => {
    expect(
      gradeAnswer('Who advances: nobody, it moves on by itself.', service).covered,
    ).not.toContain('sign-off');
  });
});
