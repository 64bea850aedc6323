import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The thirty-fifth round: the speaker's own page, and limits called stop lines. Our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const LIMITS =
  'It says the stop lines are errors 0.4 % over control and p99 250 ms slower, set before launch.';

describe('a document the speaker wrote says what the speaker says', () => {
  it('credits the limits on "the page the SRE lead and I signed"', () => {
    const grade = gradeAnswer(
      `I send round the page the SRE lead and I signed. ${LIMITS}`,
      service,
    );
    expect(grade.covered).toContain('thresholds');
  });

  it('still reads the page a vendor wrote as another voice (must not credit)', () => {
    const grade = gradeAnswer(`I read the page the vendor wrote. ${LIMITS}`, service);
    expect(grade.covered).not.toContain('thresholds');
  });
});

describe('limits called stop lines are thresholds', () => {
  it('reads "the stop lines" the speaker owns as naming the limits', () => {
    const grade = gradeAnswer(
      'I own the order, the stop lines and the go/no-go at each stage; engineering owns the flag.',
      service,
    );
    expect(grade.points.find((point) => point.id === 'thresholds')?.credit).toBeGreaterThan(0);
    expect(grade.sentences[0]?.towards).toContain('thresholds');
  });
});
