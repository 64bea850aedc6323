import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// The seventy-seventh round (corpus/README.md): a practice named under a label that turns it down
// ("Not doing: …") is refused, for credit and for misconceptions alike, and a question answered
// with the French "non" said in English is turned down as one answered "no" is. Every sentence is
// our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const misconceptions = (text: string) =>
  gradeAnswer(text, service).misconceptions.map((found) => found.point);

describe('a practice named under a label that turns it down', () => {
  it('does not read "Not doing: choosing the limits once we see the charts" as the misconception', () => {
    const refused =
      'Doing: limits fixed before launch. Not doing: choosing the limits once we see the charts.';
    expect(misconceptions(refused)).not.toContain('thresholds');
  });

  it('gives no credit for a sign-off under "Won’t do:"', () => {
    expect(covered('Won’t do: a sign-off from me and the data lead at every stage.')).not.toContain(
      'sign-off',
    );
  });

  it('still reads "Not negotiable: …" as the plan it heads (must not deny)', () => {
    const firm = 'Not negotiable: limits fixed before launch, errors over 0.5 % and we roll back.';
    expect(covered(firm)).toContain('thresholds');
  });

  it('still reads a label that says what something is not as no refusal (must not deny)', () => {
    const claim =
      'The canary shows it is safe. Not proving uplift: that is the job of a randomised A/B test afterwards.';
    expect(covered(claim)).toContain('canary-vs-ab');
  });

  it('still reads "You never advance anything: X and I sign off every step" (must not deny)', () => {
    const told =
      'Stages: 5 %, 25 %, 100 %. You never advance anything: Ana and I sign off every step.';
    expect(covered(told)).toContain('sign-off');
  });
});

describe('a question answered with "non"', () => {
  it('turns down the practice a question proposes when the answer is "Non."', () => {
    const asked = 'A randomised A/B test afterwards, to see if it is really better? Non.';
    expect(covered(asked)).not.toContain('canary-vs-ab');
  });
});
