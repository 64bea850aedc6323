import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The seventeenth round: a summarising model's outputs are its summaries, and a fact it invents
// or drops is a hallucination. Every sentence is our own wording.
const model = fixtureScenario();

function covers(answer: string): boolean {
  return gradeAnswer(answer, model).covered.includes('model-metrics');
}

describe('model quality guards said through the model’s summaries', () => {
  it('credits a rollback on invented facts and thumbs-down', () => {
    expect(
      covers(
        'We roll back if summaries with an invented fact pass 5 % or thumbs-down passes 12 %.',
      ),
    ).toBe(true);
  });

  it('does not credit a summary named in passing (must not deny)', () => {
    expect(covers('I will send the team a summary of the rollout every morning.')).toBe(false);
  });
});

// The nineteenth round: a signal is heard by the role it plays — whether the outputs are right,
// how they were judged, how people receive them, what each costs — in the product's own words.
describe('model signals heard by their role', () => {
  it('hears wrong facts, ratings down and compute per output as guards', () => {
    expect(
      covers(
        'We stop if more than 1 % of summaries carry made-up doses, if vets give ratings down on ' +
          'more than 10 % of them, or if compute per summary climbs by a fifth.',
      ),
    ).toBe(true);
  });

  it('hears a replay harness, suggestions taken up and lookups per request', () => {
    expect(
      covers(
        'Each night the replay harness scores a sample of yesterday’s queries. We also follow ' +
          'how often shoppers add the suggested items, and the lookups per request.',
      ),
    ).toBe(true);
  });

  it('hears a relevance score of graded samples, dismissals and p95', () => {
    expect(
      covers(
        'Beyond errors we guard on a relevance score from graded samples, the share of people ' +
          'who dismiss a suggestion, and p95 per answer.',
      ),
    ).toBe(true);
  });

  it('still hears the glossary’s own five signals (must not deny)', () => {
    expect(
      covers(
        'We watch the hallucination rate from the eval harness, thumbs-down, p95 latency and ' +
          'token cost per query.',
      ),
    ).toBe(true);
  });

  it('does not take conversion and latency for model signals (must not deny)', () => {
    expect(covers('We’d watch conversion and latency, and roll back on errors.')).toBe(false);
  });

  it('does not take signals waved away as guards', () => {
    expect(
      covers(
        'Ratings, click-through and the relevance score are too noisy to be useful, so we gate ' +
          'on errors and latency alone.',
      ),
    ).toBe(false);
  });

  it('does not take reviewing the rollout’s summary for judging outputs', () => {
    expect(
      covers(
        'Each morning I review the rollout summary; thumbs-down and p95 latency are on the dashboard.',
      ),
    ).toBe(false);
  });

  it('does not take a cache hit rate or a cost per user for the model’s outputs', () => {
    expect(
      covers(
        'We watch the cache hit rate, errors and latency; the new model also lowers the cost per ' +
          'user.',
      ),
    ).toBe(false);
  });
});

// A limit said with a verb ("must not go over 3 %") bounds the measure; it does not deny it, and
// a list of limits after it is not negated by it.
describe('model signals under limits said with a verb', () => {
  it('hears signals whose limits are "must not go over" and "not up more than"', () => {
    expect(
      covers(
        'We roll back on these: the hallucination rate from our evals must not go over 2 %, ' +
          'thumbs-down not up more than 1 point, tokens per answer at most 20 % higher.',
      ),
    ).toBe(true);
  });

  it('still denies signals the speaker refuses to watch (must not deny)', () => {
    expect(
      covers(
        'I would not track the hallucination rate, the thumbs-down or the tokens per answer at ' +
          'all during the canary.',
      ),
    ).toBe(false);
  });
});

describe('model signals in other products’ words', () => {
  it('hears invented references, spot-checked samples and regenerations', () => {
    expect(
      covers(
        'We roll back if replies carry invented references or wrong prices in over 1 % of ' +
          'spot-checked samples, or if people regenerate 10 % more often.',
      ),
    ).toBe(true);
  });

  it('does not read a list of missing things as wrong facts (must not deny)', () => {
    expect(
      covers(
        'The dashboard shows false alarms, missing dashboards and the number of pages, with p95 ' +
          'latency and thumbs-down.',
      ),
    ).toBe(false);
  });
});

// The twenty-fifth round: errors and latency said to be all a model release needs.
describe('errors and latency said to be all a model needs', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, model).misconceptions.some((m) => m.point === 'model-metrics');
  }

  it.each([
    'A model is another dependency, so I would watch it like one: error rate and latency, full stop.',
    'We roll back if the error rate rises 0.5 % or p99 gets 400 ms worse. Those two numbers are all we need.',
  ])('reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: the same words turned against the misconception.
    'Error rate and latency are not all we need for a model; hallucination rate and thumbs-down matter too.',
    'We roll back if the error rate rises 0.5 %. Those alone are not enough for a model.',
  ])('does not read "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-sixth round: the model's quality said to be settled before the canary.
describe('quality said to be settled before the canary', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, model).misconceptions.some((m) => m.point === 'model-metrics');
  }

  it.each([
    'If those two hold, we ship; the offline evals already covered quality.',
    'Answer quality was already checked by the benchmark evals last month.',
  ])('reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: a live signal still watched, or the settling denied.
    'The offline evals already covered quality, but in the canary we still track hallucination rate.',
    'Offline evals already checked quality; in the canary we watch thumbs-down rate and cost per answer.',
    'The offline evals have not settled quality, so hallucination rate is a rollback line.',
    'The offline evals already covered quality. In the canary we watch hallucination rate and thumbs-down.',
  ])('does not read "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-sixth round: the quality signals turned down, and a pointer to errors and latency
// a few sentences back.
describe('quality signals turned down, errors and latency pointed back to', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, model).misconceptions.some((m) => m.point === 'model-metrics');
  }

  it.each([
    'Quality was fine offline, so there is no need to track hallucinations or thumbs-down during the rollout.',
    "I wouldn't set up hallucination sampling or watch thumbs-down while we ramp.",
    'Errors more than half a point over control, we roll back. P99 more than 300 ms worse, we roll back. And those two are really all you need.',
  ])('reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it.each([
    // Must not deny: signals watched, one turned down beside one kept, a stop line on a signal.
    "I'd have the harness grade a sample for invented figures, and I'd watch thumbs-down on the answers.",
    "We won't watch thumbs-down on its own, but hallucination rate on the eval set is a rollback line.",
    'Eval harness: graders score a daily sample for hallucinated content; stop above 2 %.',
  ])('does not read "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(false);
  });
});

// The twenty-eighth round: quality said to be covered by a form of "be", and a check on live
// traffic that settles nothing beforehand.
describe('quality said to be covered before the canary, in the passive', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, model).misconceptions.some((m) => m.point === 'model-metrics');
  }

  it('reads "answer quality is covered" by offline evals as the misconception', () => {
    expect(
      misconceived(
        'The offline evals went up three points, so answer quality is covered; errors and latency will do.',
      ),
    ).toBe(true);
  });

  it('reads quality settled beforehand as the misconception though the canary is named', () => {
    expect(
      misconceived(
        'The offline evals already settled quality, so during the canary the only thing that matters is whether it stays up and stays fast.',
      ),
    ).toBe(true);
  });

  it('does not read a quality check on live traffic as the misconception (must not deny)', () => {
    expect(
      misconceived('Answer quality is checked daily by the eval harness on live traffic.'),
    ).toBe(false);
  });
});

// The thirty-second round: "production" in a later clause, and latency alone watched after.
describe('quality settled, then only uptime and speed watched', () => {
  function misconceived(answer: string): boolean {
    return gradeAnswer(answer, model).misconceptions.some((m) => m.point === 'model-metrics');
  }

  it.each([
    'Quality was settled by the offline evals, so in production the only question is whether it stays up.',
    "The offline evals already settled quality. I'd watch exactly two things, error rate and response latency.",
  ])('reads "%s" as the misconception', (answer) => {
    expect(misconceived(answer)).toBe(true);
  });

  it('does not read quality checked in production as the misconception (must not deny)', () => {
    expect(
      misconceived(
        'Answer quality is already checked in production every day by the eval harness.',
      ),
    ).toBe(false);
  });
});

// The thirty-third round: a terse limit written with a slash for "per".
describe('a cost per output written with a slash', () => {
  it('hears "compute cost/req" beside p95 as guards', () => {
    expect(
      covers('Roll back, agreed before launch: p95 > +150 ms; compute cost/req > +30 %.'),
    ).toBe(true);
  });

  it('does not hear "errors/min" as a cost per output (must not credit)', () => {
    expect(covers('Roll back, agreed before launch: p95 > +150 ms; errors/min > 5.')).toBe(false);
  });
});
