import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { gradeAnswer } from './gradeAnswer';

// The fifteenth round (corpus/README.md): a list the speaker recites and then turns down as a
// whole ("any of that", "none of this", "all of that is overkill") is not the speaker's plan; a
// part turned down, or a whole endorsed by a double negative, leaves the rest standing. Our own
// sentences.
const model = fixtureScenario();

const LIST =
  'The careful way is known: internal staff first, then beta customers, then everyone, holding two days at each stage, with the eval harness hallucination rate and cost per request watched.';

const { covered } = gradedFor(model);

describe('a recited list turned down as a whole', () => {
  it('credits the list when nothing turns it down', () => {
    expect(covered(LIST)).toEqual(expect.arrayContaining(['cohort-order', 'model-metrics']));
  });

  it.each([
    "I don't think any of that is worth it for this model.",
    'None of that is needed here; we ship to everyone on Monday.',
    'All of that is overkill for a ranking tweak.',
    "Honestly, I'd skip all that and ship it.",
    "We wouldn't do any of this for a small model swap.",
  ])('credits none of it after "%s"', (refusal) => {
    const points = covered(`${LIST} ${refusal}`);
    expect(points).not.toContain('cohort-order');
    expect(points).not.toContain('holds');
    expect(points).not.toContain('model-metrics');
  });

  it.each([
    // A part turned down, the rest kept.
    "I'd skip the second day at the first stage, though.",
    'Some of that can be shortened for a hotfix.',
    // A double negative endorses the whole. ("I don't think any of that is overkill" is still
    // read as a refusal by an earlier rule: not reached this round.)
    'None of it is optional.',
    // Someone else turns it down; the pointer judges another thing.
    'Some teams skip all of that, and they regret it.',
    'None of this shows the new model is better — that needs a randomised test.',
  ])('keeps the list after "%s"', (after) => {
    expect(covered(`${LIST} ${after}`)).toEqual(
      expect.arrayContaining(['cohort-order', 'model-metrics']),
    );
  });
});

// The sixteenth round: a sentence that lists practices and turns them down itself — a bare "no"
// after a dash, a whole rejection after a colon, a fronted topic refused through a pro-form.
describe('practices listed and then answered "— no,"', () => {
  it.each([
    'Waiting two days at every stage, having the ML lead approve each gate — no, that only delays the launch.',
    'Staff first, then beta customers, a day at each stage — no, we ship to everyone on Monday.',
    // A whole rejection after a colon turns down the list before it in the same sentence.
    "Staff first, then beta customers, two days at each stage, the data lead's approval at every gate: I'd skip all of that.",
  ])('credits nothing in "%s"', (answer) => {
    expect(covered(answer)).toEqual([]);
  });

  it.each([
    // "No" that is not bare: a rule of the plan, not an answer to it.
    'Stages 1 %, 5 %, 25 %, 100 %. Every stage waits two days — no exceptions.',
    // A whole endorsed after the colon.
    'Stages 1 %, 5 %, 25 %, 100 %, two days at each stage: none of that is optional.',
  ])('keeps the plan in "%s"', (answer) => {
    expect(covered(answer)).toEqual(expect.arrayContaining(['holds']));
  });

  it.each([
    // Two denials keep the topic.
    "Staff and beta users, we won't skip those: staff go first, then beta users, then everyone else.",
  ])('keeps the order in "%s"', (answer) => {
    expect(covered(answer)).toEqual(expect.arrayContaining(['cohort-order']));
  });
});

describe('a topic put first and refused through a pro-form', () => {
  it('earns the guard metrics nothing', () => {
    const answer =
      "We ramp 1 %, 5 %, 25 %, 100 % over two days. Hallucination rate and cost per request, I wouldn't put limits on those either, they're too noisy.";
    const metrics = gradeAnswer(answer, model).points.find((p) => p.id === 'model-metrics');
    expect(metrics?.credit).toBe(0);
  });
});
