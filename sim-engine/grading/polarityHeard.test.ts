import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import type { AnswerPointId } from './points';

// The fourteenth round (corpus/README.md): a misconception costs the whole answer, so the grader
// must read which way a sentence points before it calls one. Every sentence is our own wording.
const model = fixtureScenario();

function graded(answer: string) {
  const grade = gradeAnswer(answer, model);
  return {
    covers: (point: AnswerPointId) => grade.covered.includes(point),
    misled: (point: AnswerPointId) => grade.misconceptions.some((found) => found.point === point),
  };
}

describe('lift put outside what the canary is for is the right view, not the misconception', () => {
  it.each([
    'Basket uplift is out of scope for the canary.',
    'Any lift in sign-ups is outside the scope of this canary.',
    'Proving the new flow is better is beyond the canary’s remit.',
    'Whether the new checkout converts better is not what the canary is for.',
    'The canary isn’t meant to show the new version is better.',
    'The canary tells us nothing about uplift.',
    'The canary is silent on whether the new model wins.',
    'The canary checks for breakage rather than proving the new page wins.',
    'The canary only tells us it is safe, and whether users prefer it is another question.',
  ])('raises no misconception for "%s"', (sentence) => {
    expect(graded(sentence).misled('canary-vs-ab')).toBe(false);
  });
});

describe('an A/B test named in a clause of its own is not the canary called one', () => {
  it.each([
    'The canary only tells me the release is safe; whether the tone is better is an A/B test.',
    'The canary can’t say whether the drafts are better anyway; that’s an A/B question.',
    'The canary answers whether it is safe and whether users prefer it is a separate experiment.',
  ])('raises no misconception for "%s" and credits the contrast', (sentence) => {
    expect(graded(sentence).misled('canary-vs-ab')).toBe(false);
    expect(graded(sentence).covers('canary-vs-ab')).toBe(true);
  });
});

describe('lift named beside the canary only to explain it away is no misconception', () => {
  it.each([
    'Uplift in the canary cohort is just who we picked.',
    'Any improvement we see in the canary is anecdotal at best.',
    'Whatever lift the canary cohort shows, it is biased by how we chose them.',
    'A staged rollout is always better than a big bang.',
  ])('raises no misconception for "%s"', (sentence) => {
    expect(graded(sentence).misled('canary-vs-ab')).toBe(false);
  });
});

describe('a question asks, it claims nothing', () => {
  it.each([
    'Is the canary our A/B test? No, it only checks the release is safe.',
    'Does the canary tell us the new version is better? No.',
  ])('raises no misconception for "%s"', (answer) => {
    expect(graded(answer).misled('canary-vs-ab')).toBe(false);
  });
});

describe('the misconception said outright is still flagged', () => {
  it.each([
    'The canary is really our A/B test.',
    'The canary, honestly, is our A/B test.',
    'The canary shows us whether the new version is better.',
    'If the canary group converts better, that proves the new version wins.',
    'We would report the uplift to leadership straight from the canary numbers.',
    'The point of the canary is to prove the new picker lifts bookings.',
    'The canary is basically an A/B test, so its lift is our answer.',
    // No verb of concluding, still the misconception: the decision rides on the canary's lift.
    'If the canary converts better, we ship it to everyone.',
    'Whichever version converts better in the canary is the one we keep.',
  ])('flags "%s"', (sentence) => {
    expect(graded(sentence).misled('canary-vs-ab')).toBe(true);
  });
});

describe('a practice judged out by what it costs is turned down, not endorsed', () => {
  it.each([
    'A redeploy is too slow for a rollback, so the on-call engineer flips the flag at any hour.',
    'Rebuilding and redeploying would be too risky at night; the on-call switches the route back.',
  ])('raises no rollback misconception for "%s"', (sentence) => {
    expect(graded(sentence).misled('rollback')).toBe(false);
  });

  it.each([
    'A random 5 % would hide the high-value accounts, so we pick the groups deliberately.',
    'Picking users at random is out of scope for the canary; staff go first.',
    'A random slice is too blunt here: staff first, then beta users, then everyone else.',
  ])('raises no cohort misconception for "%s"', (sentence) => {
    expect(graded(sentence).misled('cohort-order')).toBe(false);
  });

  it.each([
    ['If it breaks we redeploy the old build.', 'rollback'],
    ['We would start with a random 5 % of users and widen from there.', 'cohort-order'],
    // A judgement in another clause does not turn the random pick down.
    ["We'll take a random 5 % of users; picking cohorts is too much effort.", 'cohort-order'],
    ['If it breaks we redeploy the previous build; a routing switch is too much work.', 'rollback'],
  ] as const)('still flags "%s"', (sentence, point) => {
    expect(graded(sentence).misled(point)).toBe(true);
  });

  it('keeps "too" as "also" out of it', () => {
    const answer =
      'The on-call engineer can roll back at any hour by flipping the routing flag, in about two minutes, and we page the PM too.';
    expect(graded(answer).covers('rollback')).toBe(true);
  });
});

// The sixteenth round: a practice conceded to seem good, then dismissed past "but", or said to be
// done for its own sake.
describe('a practice that only seems good before "but it …" dismisses it', () => {
  it.each([
    'Stages 1 %, 5 %, 25 %, 100 %. Waiting two days at every stage looks careful, but it only slows the team down.',
    'Stages 1 %, 5 %, 25 %, 100 %. Keeping each stage for a whole day seems prudent but it just slows things down.',
    // Done for nothing beyond itself.
    'Stages 1 %, 5 %, 25 %, 100 %. Waiting a day at each stage is caution for caution’s sake on a page with no backend.',
  ])('credits no holds in "%s"', (answer) => {
    expect(graded(answer).covers('holds')).toBe(false);
  });

  it.each([
    // The speaker's own plan with its cost owned, nothing conceded.
    'Stages 1 %, 5 %, 25 %, 100 %. We wait two days at every stage, but it slows things down and that is fine.',
    'Stages 1 %, 5 %, 25 %, 100 %. We wait a day at each stage, not for its own sake but because the batch runs nightly.',
  ])('keeps the holds in "%s"', (answer) => {
    expect(graded(answer).covers('holds')).toBe(true);
  });
});
