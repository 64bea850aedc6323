import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-fourth round (corpus/README.md): a wrong answer read out before its correction, a
// quotation taken back by "Withdrawn:", a question answered by a clause of its own or asked after
// its label, and a quiz answered line by line. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { credit, misconceptions } = gradedFor(service);

describe('a wrong answer read out before its correction', () => {
  it('charges nothing for "Answer: wrong answer first: rolling back means … they redeploy"', () => {
    const corrected =
      'Answer: wrong answer first: rolling back means the on-call engineer phones me, I approve, then they redeploy.';
    expect(misconceptions(corrected)).not.toContain('rollback');
  });

  it('still charges the same plan when the heading does not call it wrong (must not deny)', () => {
    const proposed =
      'Answer: my answer first: rolling back means the on-call engineer phones me, I approve, then they redeploy.';
    expect(misconceptions(proposed)).toContain('rollback');
  });
});

describe('a quotation taken back', () => {
  it('charges nothing for "It read: \'a random 5 % of shoppers first.\' Withdrawn: random is no order."', () => {
    const withdrawn = "It read: 'a random 5 % of shoppers first.' Withdrawn: random is no order.";
    expect(misconceptions(withdrawn)).not.toContain('cohort-order');
  });

  it("keeps the plan's own sentence before a withdrawn quotation (must not deny)", () => {
    const kept =
      "Our own staff go first, then opted-in beta customers, then everyone; first-time buyers last. Withdrawn: 'open the last stage on a Friday.' We open on Mondays.";
    expect(credit(kept, 'cohort-order')).toBeGreaterThan(0.5);
  });
});

describe('questions that assert nothing', () => {
  it('charges nothing for "Question 8: does a clean canary prove it better? Answer: it proves it is safe."', () => {
    const asked =
      'Question 8: does a clean canary prove the new service is better? Answer: it proves it is safe.';
    expect(misconceptions(asked)).not.toContain('canary-vs-ab');
  });

  it('still charges a short "yes" to the same question (must not deny)', () => {
    const yes = 'Does a clean canary prove the new service is better? Yes, it does.';
    expect(misconceptions(yes)).toContain('canary-vs-ab');
  });
});

describe('a quiz answered line by line', () => {
  it("reads a quiz's answer lines as the speaker's plan, not a recited rubric", () => {
    const quiz =
      'Short quiz: the checkout moves to the new payment service. Q1: who pays with it first? A: staff on their own phones, then opted-in beta customers, then everyone region by region; first-time buyers last.';
    expect(credit(quiz, 'cohort-order')).toBeGreaterThan(0.5);
  });

  it('leaves a true-or-false round recited (must not deny)', () => {
    const round =
      'A quick true-or-false quiz. Staff first, then opted-in beta customers, then everyone region by region; first-time buyers last.';
    expect(credit(round, 'cohort-order')).toBeLessThan(0.5);
  });
});
