import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

/**
 * Answers the grader's author wrote on 2026-12-03 to game the rules of rounds 47 to 50 (recurring
 * notes as an arrangement, "PM (me) owns:" as a role table, a lesson drawn from a story, "I've got
 * the calls"). They commit to no plan. Unlike the lead's probes (corpus/probes/), they were
 * written by someone who knows the grader, so they guard the rules against their own author's
 * loopholes: each is held to the score it had when recorded (commit 68f78d2), and all to 30 or
 * less, the ceiling for answers that say nothing.
 */
const PROBES = [
  {
    name: 'keyword notes with "per stage" and "daily"',
    ceiling: 10,
    text: [
      '- error rate 0.5 % tracked per stage',
      '- p95 300 ms reported daily',
      '- staff, beta, partner clinics, enterprise, each stage',
      '- sign-off PM each stage',
      '- rollback flag checked per stage',
      '- canary safety, A/B better, eval harness, thumbs-down tracked daily',
    ].join('\n'),
  },
  {
    name: '"PM (me) owns:" above a keyword list',
    ceiling: 27,
    text: [
      'PM (me) owns: order, limits, holds, sign-off, rollback, canary, A/B.',
      'Eng owns: deploy.',
      'Staff, beta, opted into early features, enterprise.',
      '(0.5) %, (300) ms, (2) %.',
      'Ramp (1) (5) (25) (100).',
    ].join('\n'),
  },
  {
    name: 'a story, then a lesson that lists the practices',
    ceiling: 12,
    text: [
      'Last year we shipped badly.',
      'The lesson I took is that thresholds, holds, sign-off, rollback, cohort order and an A/B test are what matter.',
    ].join(' '),
  },
  {
    name: '"I\'ve got the calls" with no plan',
    ceiling: 10,
    text: "I've got the calls: order, limits, holds, sign-off, rollback. Engineering's got the routing.",
  },
] as const;

const TRICK_CEILING = 30;

describe("the grader's author's gaming probes", () => {
  it.each(PROBES)('score no higher than recorded, and 30 or less: $name', ({ ceiling, text }) => {
    const score = gradeAnswer(text, fixtureScenario()).score;
    expect(score).toBeLessThanOrEqual(ceiling);
    expect(score).toBeLessThanOrEqual(TRICK_CEILING);
  });
});
