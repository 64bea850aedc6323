import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { columnsInTurn } from './sideBySide';

// The forty-fourth round (corpus/README.md): two columns laid side by side under labels are read
// one after the other, each a list under its label. Our own words.
const service = fixtureScenario({ changeKind: 'backend' });

/** A row of the two columns, the right one starting at the same place on every line. */
const row = (left: string, right = '') => (right === '' ? left : left.padEnd(64) + right);

const sideBySide = [
  'Search index canary',
  '',
  row('WE DO', "WE DON'T"),
  row(
    'I own the order, the limits and the holds; infra owns routing.',
    'Let infra pick when to advance.',
  ),
  row(
    'Staff first, then beta teams, then everyone, enterprise last.',
    'Start with the enterprise tenants.',
  ),
  row(
    'Limits fixed before launch: errors +0.5 %, p99 +200 ms.',
    'Pick limits while watching a graph.',
  ),
  row('Ramp 1, 5, 25, 50, 100 %, a day held at each stage.', 'Advance on a verbal "looks fine".'),
  row('The infra lead and I sign off each step.'),
  row(
    'On-call rolls back at any hour, no approval, in two minutes.',
    'Redeploy the old build to roll back.',
  ),
  row(
    'The canary says safe; an A/B test afterwards says better.',
    'Read uplift off the canary cohort.',
  ),
].join('\n');

describe('two columns side by side', () => {
  it('reads the left column, then the right, each under its label', () => {
    const lines = columnsInTurn(sideBySide).split('\n');
    expect(lines).toContain("WE DON'T:");
    expect(lines.indexOf("WE DON'T:")).toBeGreaterThan(
      lines.indexOf('- The infra lead and I sign off each step.'),
    );
  });

  it('reads a "don\'t" column as what the answer turns down, not as its plan', () => {
    const grade = gradeAnswer(sideBySide, service);
    expect(grade.misconceptions).toEqual([]);
    expect(grade.covered).toEqual(expect.arrayContaining(['thresholds', 'rollback']));
  });

  it('leaves aligned comments without column labels as written (must not deny)', () => {
    const config = [
      'Rollback limits, fixed before launch:',
      'errors: +0.5 %          vs control',
      'p99: +200 ms            vs control',
      'orders: -2 %            vs baseline',
    ].join('\n');
    expect(columnsInTurn(config)).toBe(config);
  });
});
