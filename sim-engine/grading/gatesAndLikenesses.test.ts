import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The fifty-fourth round (corpus/README.md): a plan put as questions to answer yes to, a model
// change called an ordinary service change, quality signals kept out of the release, people's
// verdicts as feedback, limits agreed ahead of the traffic, the calendar's days as lengths, and a
// refused preposition's list of objects. Every sentence is our own wording.
const model = fixtureScenario();
const service = fixtureScenario({ changeKind: 'backend' });

const { covered, misconceptions } = gradedFor(model);
const serviceGrade = gradedFor(service);

describe('yes-or-no questions under a gate the speaker declares', () => {
  const gate = 'Before each stage we answer a short list of questions, and every one needs a yes.';
  const questions = [
    'Did the staff stage hold for two full days inside every limit?',
    'Have the support lead and I both signed off the next step?',
  ].join(' ');

  it('are the speaker’s own gates, so the holds and the sign-off count', () => {
    const points = covered(`${gate} ${questions}`);
    expect(points).toContain('holds');
    expect(points).toContain('sign-off');
  });

  it('stay open questions when no gate is declared', () => {
    expect(covered(questions)).not.toContain('sign-off');
  });

  it('stay open questions when the gate is someone else’s', () => {
    const theirs = 'Most release teams run a list of questions that all need a yes.';
    expect(covered(`${theirs} ${questions}`)).not.toContain('sign-off');
  });
});

describe('a model change called an ordinary service change', () => {
  it.each([
    'A prompt rewrite is still just a config change, so we would release it like one.',
    'For the new model I would handle it like any other backend deploy.',
    'In the end the new model is no different from a service upgrade.',
  ])('is the model-metrics misconception: %s', (answer) => {
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it.each([
    // The likeness is said of the switch back, not of the model.
    'If a limit trips, on-call moves traffic back to the old prompt at once; it is just a config change.',
    // Something is kept beside it.
    'Routing the new model is like any other backend change, but quality gets its own gates.',
    'A model swap is not like any other backend change.',
    // Likened to something that is no service.
    'The new model waits two days at 5 % like any other stage of a ramp.',
  ])('is not heard in: %s', (answer) => {
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });
});

describe('"the only" signals, said of errors and latency', () => {
  it('is the model-metrics misconception', () => {
    const answer = 'The only numbers that show a model going wrong are its errors and its delay.';
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it('is not the misconception when a quality signal is among them', () => {
    const answer =
      'The only gates we add beyond errors and latency are the hallucination rate and thumbs-down.';
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });
});

describe('quality signals kept out of the release', () => {
  it('is the model-metrics misconception', () => {
    const answer =
      'Hallucination scores and thumbs-down go to the research team’s monthly review, not into the rollout.';
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it('is not heard when the release is named before the signals', () => {
    const answer =
      'Limits, set now and not during the ramp: a hallucination rate 2 points over the old model.';
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });

  it('is not heard in "not a gate", which names no place', () => {
    const answer =
      'Hallucination scores and thumbs-down are watched hourly, and cost per answer is not a gate.';
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });

  it('is not heard when something is still watched after it', () => {
    const answer =
      'Thumbs-down and hallucination scores go to the weekly report, not into the ramp, but we still read answers by hand.';
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });
});

describe('people’s verdicts on outputs', () => {
  it('are user feedback, one of the signals that guard a model', () => {
    const answer =
      'Before any traffic moves we fix the limits and roll back on any: hallucinated replies 1 point over the old model, or the share of replies that readers mark unhelpful 3 points over it.';
    expect(covered(answer)).toContain('model-metrics');
  });

  it('are not heard in a rate judged bad', () => {
    const answer =
      'Before any traffic moves we fix the limits and roll back on any: hallucinated replies 1 point over the old model, or when the error rate is bad.';
    expect(covered(answer)).not.toContain('model-metrics');
  });
});

describe('limits "to be agreed before" the traffic', () => {
  const limits = 'error rate 0.5 % over control and p99 150 ms over control';

  it('are fixed ahead of it: the thresholds count', () => {
    const answer = `The rollback limits are to be agreed before any customer is moved: ${limits}.`;
    expect(serviceGrade.covered(answer)).toContain('thresholds');
  });

  it('are put off when no "before" follows', () => {
    const answer = `The rollback limits are to be agreed: ${limits}.`;
    expect(serviceGrade.covered(answer)).not.toContain('thresholds');
  });
});

describe('a stage’s share, then weeknights or weekdays', () => {
  it('is a stage held through them', () => {
    const answer = 'Ramp: 2 % for three weeknights; 20 % for two weekdays; then 100 %.';
    expect(serviceGrade.covered(answer)).toContain('holds');
  });
});

describe('a refusing verb’s preposition with a list of objects', () => {
  it('refuses every object up to the list’s "or"', () => {
    const answer = "We wouldn't bother with limits, holds or a sign-off at each step.";
    expect(serviceGrade.covered(answer)).not.toContain('sign-off');
  });

  it('stops at the comma after the "or" item', () => {
    const answer =
      "We wouldn't bother with limits, holds or gates, the support lead and I sign off each step.";
    expect(serviceGrade.covered(answer)).toContain('sign-off');
  });

  it('does not start from a preposition no verb refused', () => {
    const answer =
      'Before traffic moves we fix the limits and roll back on any: "not for me" taps 10 % over control, or errors 0.5 % over it.';
    expect(serviceGrade.covered(answer)).toContain('thresholds');
  });
});
