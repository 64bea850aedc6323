import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The seventeenth round (corpus/README.md): a misconception is asserted only by a finite clause
// that holds it. A heading naming the risk a plan guards against, or a window of time placed
// inside the canary, asserts nothing. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function misconceived(answer: string): boolean {
  return gradeAnswer(answer, service).misconceptions.length > 0;
}

describe('a misconception needs a finite clause that holds it', () => {
  it.each([
    'Risks I plan around. Reading a quiet canary as a win. Ramping past a gate nobody signed.',
    'Failure modes. Taking a green canary for an improvement.',
    'We deploy late on Monday and stay at 1 % overnight: the nightly billing window has to run inside the canary.',
    'The maintenance window falls inside the canary stage, so the 2 a.m. jobs meet the new code at 1 %.',
  ])('does not read "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });

  it.each([
    // Must not deny: the real claims are still caught.
    'Once the canary is clean, the canary proves the new version is better.',
    'The canary is really our A/B test, so we will know it wins.',
    'Conversion improved in the canary, so the new checkout is better.',
  ])('still reads "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });
});

// The nineteenth round: the canary given an experiment's role by any verb that gives a subject a
// second role ("doubles as", "serves as", "counts as") is the A/B-test misconception.
describe('the canary given an experiment’s role', () => {
  it.each([
    'What I like about the canary is that it doubles as our experiment for the new checkout.',
    'The staged rollout serves as the A/B test, so leadership hears about the uplift by Friday.',
    'Our canary counts as an experiment too, and the numbers will settle the debate.',
  ])('reads "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: a second role that is no experiment, or the role turned down.
    'The canary doubles as a load test for the new cluster, so we watch saturation too.',
    'The canary does not double as our experiment; a randomised A/B test follows it.',
    'A randomised A/B test afterwards serves as our experiment, once the canary is done.',
  ])('does not read "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-first round: the canary given that role as the object of "treat … as", "use … as".
describe('the canary treated as the experiment', () => {
  it.each([
    'I would treat this canary as our experiment for the new layout.',
    'We can use the staged rollout as the A/B test and skip a separate one.',
  ])('reads "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: the role turned down, or given to the A/B test itself.
    'I would not treat the canary as our experiment; a randomised A/B test comes after it.',
    'We use the A/B test as our experiment once the canary has shown the build is safe.',
    'We treat the canary as a safety check for the new cluster, nothing more.',
  ])('does not read "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-third round: a reason given to "why not …?" argues against what the question names.
describe('a practice argued down in answer to "why not"', () => {
  it.each([
    '"Why not a random 5 %?" Because a random slice spreads the risk across the customers we can least afford to upset.',
    'Why not just treat the canary as our A/B test? Because its groups are hand-picked, so it cannot show the change is better.',
  ])('does not read "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });

  it.each([
    // Must not deny: the practice stated, with a reason for it.
    'A random 5 % goes first, because a random slice spreads the risk evenly across everyone.',
    'Why a random 5 %? Because a random slice is the fairest sample, so that is what goes first.',
  ])('still reads "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });
});

// The twenty-fourth round: a random pick judged by the harm it brings argues against it.
describe('a random pick judged the worst place for a failure', () => {
  it.each([
    'Random means some of that 5 % are hospitals mid-shift, the worst place to meet a new bug.',
    'A random 1 % puts our biggest accounts in the canary at the worst possible moment.',
  ])('does not read "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });

  it.each([
    // Must not deny: "worst case" is what a random slice is said to keep small, not a verdict on it.
    'A random 5 % goes first, so the worst case stays small.',
  ])('still reads "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });
});

// After the twenty-second set: a line given wholly in quotation marks is someone's words set in
// front of the listener, not the speaker's claim.
describe('a sentence given wholly in quotation marks', () => {
  it.each([
    'Here is what I hear in launch meetings. "Give it to a random 5 % and see." I start with staff, then beta, enterprise last.',
    'An objection first. "If the canary looks better, we have proved the change." I would not read it that way.',
  ])('raises no misconception in "%s"', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });

  it.each([
    // Must not deny: quoted words inside the speaker's own sentence keep the sentence.
    'The canary is really our A/B test, so a "win" there proves the new version is better.',
    // Must not deny: a quoted line the speaker then takes on is theirs (a way to game the rule).
    'I own the release calls. "The canary is really our A/B test, so a clean run proves the new version is better." That is my view.',
  ])('still reads "%s" as a misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });
});
