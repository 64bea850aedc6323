import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../testing/fixtures';
import {
  CORPUS,
  FIFTH_FRESH_CORPUS,
  FOURTH_FRESH_CORPUS,
  FRESH_CORPUS,
  isHeldOut,
  SECOND_FRESH_CORPUS,
  SEVENTH_FRESH_CORPUS,
  EIGHTH_FRESH_CORPUS,
  SIXTH_FRESH_CORPUS,
  THIRD_FRESH_CORPUS,
} from './corpus';
import type { Evaluation } from './evaluate';
import { evaluate, precision, recall, targetMisses } from './evaluate';
import { EVERY_LABELLED_ANSWER } from './everyAnswer';
import { FRESH_SET_RECORDS } from './freshSetRecords';

// The targets of issue 14, checked on the training answers and, apart, on the old held-out fifth
// and the two fresh sets (each held out once, looked at since, so no longer unseen:
// corpus/README.md). The old held-out fifth was allowed 0.85 on one point (sign-off recall 7 of
// 8, c003's "every promotion"); since every gate said as "every promotion" joined the vocabulary
// with the first fresh set's phrasings, it meets 0.9 like the rest.
const scenarios = { model: fixtureScenario(), service: fixtureScenario({ changeKind: 'backend' }) };
const splits: { name: string; evaluation: Evaluation; floor: number }[] = [
  {
    name: 'training',
    evaluation: evaluate(
      CORPUS.filter((a) => !isHeldOut(a)),
      scenarios,
    ),
    floor: 0.9,
  },
  { name: 'held-out', evaluation: evaluate(CORPUS.filter(isHeldOut), scenarios), floor: 0.9 },
  // Seen at its one evaluation as held out, then tuned on (corpus/README.md): training now.
  { name: 'first fresh (now training)', evaluation: evaluate(FRESH_CORPUS, scenarios), floor: 0.9 },
  // The same for the second fresh set since its one evaluation (secondFreshFirstEvaluation.ts).
  {
    name: 'second fresh (now training)',
    evaluation: evaluate(SECOND_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
  // And for the third since its one evaluation (thirdFreshFirstEvaluation.ts).
  {
    name: 'third fresh (now training)',
    evaluation: evaluate(THIRD_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
  // And for the fourth since its one evaluation (fourthFreshFirstEvaluation.ts).
  {
    name: 'fourth fresh (now training)',
    evaluation: evaluate(FOURTH_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
  // And for the fifth since its one evaluation (fifthFreshFirstEvaluation.ts).
  {
    name: 'fifth fresh (now training)',
    evaluation: evaluate(FIFTH_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
  // And for the sixth since its one evaluation (sixthFreshFirstEvaluation.ts).
  {
    name: 'sixth fresh (now training)',
    evaluation: evaluate(SIXTH_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
  // And for the seventh since its one evaluation (seventhFreshFirstEvaluation.ts).
  {
    name: 'seventh fresh (now training)',
    evaluation: evaluate(SEVENTH_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
  // And for the eighth since its one evaluation (eighthFreshFirstEvaluation.ts): the ninth set,
  // written blind in fresh9/, is the held-out one now, wired in by the lead (corpus/README.md).
  {
    name: 'eighth fresh (now training)',
    evaluation: evaluate(EIGHTH_FRESH_CORPUS, scenarios),
    floor: 0.9,
  },
];

describe('the labelled corpus', () => {
  it('holds at least 80 answers, a fifth of them held out, ids unique', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CORPUS.map((a) => a.id)).size).toBe(CORPUS.length);
    const heldOut = CORPUS.filter(isHeldOut).length;
    expect(heldOut / CORPUS.length).toBeCloseTo(0.2, 1);
  });
});

describe.each(splits)('the grader on the $name answers', ({ evaluation, floor }) => {
  it('finds each point with precision and recall of at least 0.9 (held out: see above)', () => {
    let belowTarget = 0;
    for (const tally of evaluation.points) {
      expect(precision(tally), tally.point).toBeGreaterThanOrEqual(floor);
      expect(recall(tally), tally.point).toBeGreaterThanOrEqual(floor);
      if (precision(tally) < 0.9 || recall(tally) < 0.9) belowTarget++;
    }
    expect(belowTarget).toBeLessThanOrEqual(floor < 0.9 ? 1 : 0);
  });

  it('scores every strong answer 75 or more', () => {
    expect(evaluation.classes.get('strong')?.min).toBeGreaterThanOrEqual(75);
  });

  it('scores weak, salad and negated answers 30 or less', () => {
    for (const kind of ['weak', 'salad', 'negated'] as const) {
      expect(evaluation.classes.get(kind)?.max, kind).toBeLessThanOrEqual(30);
    }
  });

  it('scores misconception-led answers 55 or less and below every strong answer', () => {
    const misled = evaluation.classes.get('misconception');
    expect(misled?.max).toBeLessThanOrEqual(55);
    expect(misled?.max).toBeLessThan(evaluation.classes.get('strong')?.min ?? 0);
  });
});

describe('the fresh sets apart from the main corpus', () => {
  it('hold 30, 30, ten times 40, then a hundred and seventeen times 60 answers, ids unique across every set and probe', () => {
    const all = EVERY_LABELLED_ANSWER;
    expect(FRESH_SET_RECORDS.map((set) => set.answers.length)).toEqual([
      30, 30, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
      60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
      60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
      60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
      60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
      60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
    ]);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });
});

describe.each(FRESH_SET_RECORDS)('the grader on the $name', (set) => {
  const { answers, first, prefix, heldOut } = set;
  const raised = { ...set.raisedWithoutPoints, ...set.raisedByLabelledPoints };
  const evaluation = evaluate(answers, scenarios);

  it('holds answers of every class, ids of its own', () => {
    expect(answers.every((a) => a.id.startsWith(prefix))).toBe(true);
    expect([...evaluation.classes.keys()].sort()).toEqual(
      ['misconception', 'middling', 'negated', 'off-topic', 'salad', 'strong', 'weak'].sort(),
    );
  });

  it('finds each point no worse than at its one evaluation, and reports the figures', ({
    annotate,
  }) => {
    const figures: string[] = [];
    for (const tally of evaluation.points) {
      const recorded = first.points[tally.point];
      figures.push(
        `${tally.point} precision ${precision(tally).toFixed(2)} recall ${recall(tally).toFixed(2)}`,
      );
      expect(precision(tally), tally.point).toBeGreaterThanOrEqual(recorded.precision - 1e-9);
      expect(recall(tally), tally.point).toBeGreaterThanOrEqual(recorded.recall - 1e-9);
    }
    void annotate(figures.join('; '));
  });

  it('scores good answers no worse than at its one evaluation, and reports the targets missed', ({
    annotate,
  }) => {
    for (const [kind, range] of evaluation.classes) {
      const recorded = first.classes[kind];
      if (!recorded) throw new Error(`no recorded figures for ${kind}`);
      // Good answers may not lose ground. A poor answer may rightly gain a point it is labelled
      // with (g027, misconception-led, earns its hold: 31 → 33); its ceiling is the issue's
      // target, asserted with the training splits above.
      const good = kind === 'strong' || kind === 'middling';
      if (good) expect(range.min, kind).toBeGreaterThanOrEqual(recorded.min);
      else if (heldOut) expect(range.max, kind).toBeLessThanOrEqual(raised[kind] ?? recorded.max);
    }
    const misses = targetMisses(evaluation);
    void annotate(
      misses.map((m) => `${m.id} (${m.class}) ${m.score}: ${m.target}`).join('; ') || 'none',
    );
  });
});
