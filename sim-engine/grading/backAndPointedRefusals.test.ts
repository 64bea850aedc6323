import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The eighty-third round (corpus/README.md): any verb that sends or brings something "back (to)"
// the former version is the rollback, while "we go back" alone still is not; two named people
// who both check or review it between stages, or each round before moving on, are the sign-off;
// a short note after a stage's entry that gives a count or a length is its hold; a label before
// the speaker's heading ("Row 1: Mine: …"); "invented guests" as hallucination; and a short
// refusal by a pro-form ("We are not running one.") turning down what the sentence before set
// out. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const { covered, credit } = gradedFor(service);
const asModel = gradedFor(model);

describe('going back to the former version, whatever the verb', () => {
  it('reads "winds back to the old version" as the rollback', () => {
    const wound =
      'Whoever is on call winds back to the old version, any hour, in a couple of minutes.';
    expect(covered(wound)).toContain('rollback');
  });

  it('reads "brings back the previous build" as the rollback', () => {
    const brought =
      'The on-call engineer brings back the previous build in minutes, at any hour, with no need to ask me.';
    expect(covered(brought)).toContain('rollback');
  });

  it('gives nothing to "we go back to the old page" alone (must not deny)', () => {
    expect(credit('If there is a problem we go back to the old page.', 'rollback')).toBe(0);
  });
});

describe('two named people who both check it between stages', () => {
  it('reads "Between stages, the support lead and I both check it" as the sign-off', () => {
    expect(covered('Between stages, the support lead and I both check it.')).toContain('sign-off');
  });

  it('reads "Each round, the data lead and I both review it before we widen" as the sign-off', () => {
    expect(covered('Each round, the data lead and I both review it before we widen.')).toContain(
      'sign-off',
    );
  });

  it('gives no sign-off to two people who both watch the dashboards (must not deny)', () => {
    const watched = 'Between stages, the support lead and I both watch the dashboards.';
    expect(credit(watched, 'sign-off')).toBe(0);
  });
});

describe("a short note after a stage's entry", () => {
  it('reads "Keep going for 800 orders." after "Stage 1: staff, 1 %." as the hold', () => {
    const notes =
      'Stage 1: staff, 1 %. Keep going for 800 orders. Stage 2: beta, 10 %. Keep going for 2,000 orders. Stage 3: everyone.';
    expect(covered(notes)).toContain('holds');
  });

  it('gives no hold to a bare count that sizes the stage (must not deny)', () => {
    const sized =
      'Stage 1: staff, 1 %. 800 orders. Stage 2: beta, 10 %. 2,000 orders. Stage 3: everyone.';
    expect(covered(sized)).not.toContain('holds');
  });
});

describe("a label before the speaker's heading", () => {
  it('reads "Row 1: Mine: cohort order, the limits, the holds." as the PM owning them', () => {
    expect(covered('Row 1: Mine: cohort order, the limits, the holds.')).toContain('pm-owns');
  });
});

describe('inventing, whatever is invented', () => {
  it('reads "invented guests" among the limits as a model signal', () => {
    const limits =
      'Limits: invented guests more than 1 point worse than today; thumbs-down more than 2 points worse; p95 more than 300 ms worse.';
    expect(asModel.covered(limits)).toContain('model-metrics');
  });
});

describe('a short refusal by a pro-form', () => {
  it('turns down the A/B test the sentence before set out with "We are not running one."', () => {
    const refused =
      'I run this release myself, with staff first. Next, a randomised A/B test after the canary, to see if it is better. We are not running one.';
    expect(credit(refused, 'canary-vs-ab')).toBe(0);
  });

  it('leaves the cohorts alone after "We won\'t touch those." (must not deny)', () => {
    const untouched =
      "Staff go first, then beta users, then everyone else, because staff forgive us. We won't touch those.";
    expect(covered(untouched)).toContain('cohort-order');
  });

  it('keeps "we won\'t need a separate one" from refusing what came before (must not deny)', () => {
    const separate =
      "The canary is our A/B test: if the canary group converts better, that proves it. We won't need a separate one.";
    expect(gradedFor(service).misconceptions(separate)).toContain('canary-vs-ab');
  });
});
