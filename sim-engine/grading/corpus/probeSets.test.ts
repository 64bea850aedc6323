import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../testing/fixtures';
import type { LabelledAnswer } from './corpus';
import { NINTH_FRESH_CORPUS } from './corpus';
import { evaluate, precision, recall } from './evaluate';
import { GAMING_PROBES } from './probes/gamingProbes';
import { RED_TEAM_CORPUS } from './redteam/redTeamAnswers';
import { SECOND_RED_TEAM_FIRST_SCORES } from './redteam2/secondRedTeamFirstEvaluation';
import { RED_TEAM_T_CORPUS } from './redteam2/redTeamAnswersT';
import { THIRD_RED_TEAM_FIRST_SCORES } from './redteam3/thirdRedTeamFirstEvaluation';
import { RED_TEAM_V_CORPUS } from './redteam3/redTeamAnswersV';
import { FOURTH_RED_TEAM_FIRST_SCORES } from './redteam4/fourthRedTeamFirstEvaluation';
import { RED_TEAM_W_CORPUS } from './redteam4/redTeamAnswersW';
import { FIFTH_RED_TEAM_FIRST_SCORES } from './redteam5/fifthRedTeamFirstEvaluation';
import { RED_TEAM_Z_CORPUS } from './redteam5/redTeamAnswersZ';

// The red team (s001–s020) and the lead's gaming probes (g901–g910) were graded at two frozen
// graders and are training since the tenth protocol (corpus/README.md): answers that use every
// point's words without committing to a plan must earn nothing, and committed answers in awkward
// forms must keep their points. The ninth fresh set joins the training splits here, with issue
// 14's targets asserted where they pass (corpus.test.ts keeps its no-worse record).
const scenarios = { model: fixtureScenario(), service: fixtureScenario({ changeKind: 'backend' }) };
const isControl = (answer: LabelledAnswer) => answer.class === 'strong';

/** Control scores at this round's freeze: a record, raised as controls are read better. */
const RECORDED_CONTROLS: Readonly<Record<string, number>> = {
  s013: 77,
  s014: 81,
  s015: 84,
  s016: 90,
  s017: 79,
  s018: 97,
  s019: 99,
  s020: 90,
  g909: 80,
  g910: 51,
};
const TRICK_CEILING = 30;
const CONTROL_TARGET = 75;

function scoresById(answers: readonly LabelledAnswer[]): Map<string, number> {
  const { graded } = evaluate(answers, scenarios);
  return new Map(graded.map(({ answer, grade }) => [answer.id, grade.score]));
}

describe.each([
  { name: 'red team', answers: RED_TEAM_CORPUS },
  { name: "lead's gaming probes", answers: GAMING_PROBES },
])('the grader on the $name', ({ answers }) => {
  const scores = scoresById(answers);

  it('scores every answer that does not commit to a plan 30 or less', () => {
    for (const answer of answers.filter((a) => !isControl(a))) {
      expect(scores.get(answer.id), answer.id).toBeLessThanOrEqual(TRICK_CEILING);
    }
  });

  it('scores each committed control no worse than recorded, and reports those under 75', ({
    annotate,
  }) => {
    const under: string[] = [];
    for (const answer of answers.filter(isControl)) {
      const score = scores.get(answer.id) ?? 0;
      expect(score, answer.id).toBeGreaterThanOrEqual(RECORDED_CONTROLS[answer.id] ?? 100);
      if (score < CONTROL_TARGET) under.push(`${answer.id} ${score}`);
    }
    void annotate(under.join('; ') || 'none');
  });
});

describe('points credited on the red team and the probes together', () => {
  const evaluation = evaluate([...RED_TEAM_CORPUS, ...GAMING_PROBES], scenarios);

  it('are labelled ones at least nine times in ten, for every point', () => {
    for (const tally of evaluation.points) {
      expect(precision(tally), tally.point).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('are never credited on the red team’s trick answers', () => {
    const tricks = evaluate(
      RED_TEAM_CORPUS.filter((a) => !isControl(a)),
      scenarios,
    );
    for (const tally of tricks.points) expect(tally.falsePositives, tally.point).toBe(0);
  });

  it('recall the controls’ labelled points at least three times in four', () => {
    for (const tally of evaluation.points) {
      expect(recall(tally), tally.point).toBeGreaterThanOrEqual(0.75);
    }
  });
});

describe('the ninth fresh set, now training', () => {
  const evaluation = evaluate(NINTH_FRESH_CORPUS, scenarios);

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

/**
 * Holds a blind red team to its one evaluation: no trick may score higher and no control lower
 * than then; the tricks over 30 and the controls under 75 are reported.
 */
function heldToItsOneEvaluation(
  answers: readonly LabelledAnswer[],
  firstScores: Readonly<Record<string, number>>,
  raised: Readonly<Record<string, number>> = {},
) {
  return ({ annotate }: { annotate: (message: string) => Promise<void> }) => {
    const scores = scoresById(answers);
    const missed: string[] = [];
    for (const answer of answers) {
      const first = firstScores[answer.id];
      const score = scores.get(answer.id) ?? 0;
      expect(first, answer.id).toBeDefined();
      if (isControl(answer)) expect(score, answer.id).toBeGreaterThanOrEqual(first ?? 100);
      else expect(score, answer.id).toBeLessThanOrEqual(raised[answer.id] ?? first ?? 0);
      const miss = isControl(answer) ? score < CONTROL_TARGET : score > TRICK_CEILING;
      if (miss) missed.push(`${answer.id} ${score}`);
    }
    void annotate(missed.join('; ') || 'none');
  };
}

describe('the second red team against its one evaluation', () => {
  it(
    'scores no trick higher and no control lower than at its one evaluation, and reports the misses',
    heldToItsOneEvaluation(RED_TEAM_T_CORPUS, SECOND_RED_TEAM_FIRST_SCORES),
  );
});

/**
 * Tricks of the second red team not yet reached, held to their score at the twelfth round's
 * freeze: a plan for a different change told in the speaker's own voice (t002, 84 → 70) and a
 * retraction followed by the plan re-listed as open questions (t010). Every other trick is held to
 * 30 — since the twelfth round also sarcasm framed by a source (t011, 74 → 0). t002 rose 70 → 72
 * in the hundred-and-twenty-eighth round: its thumbs-down limit now counts as a business limit,
 * inside the thresholds it already had; what it misses, whose plan it is, is unchanged.
 */
const SECOND_RED_TEAM_TRICKS_NOT_YET_MET: Readonly<Record<string, number>> = {
  t002: 72,
  t010: 52,
};

describe('the third red team against its one evaluation', () => {
  it(
    'scores no trick higher and no control lower than at its one evaluation, and reports the misses',
    heldToItsOneEvaluation(RED_TEAM_V_CORPUS, THIRD_RED_TEAM_FIRST_SCORES),
  );
});

/**
 * Tricks of the third red team the twelfth round's narrator reading does not reach, held to their
 * score at its freeze: a postmortem quoted and dismissed, then the canary called the A/B test
 * (v008) and a job posting for the PM who would decide (v010). Every other trick is held to 30.
 */
const THIRD_RED_TEAM_TRICKS_NOT_YET_MET: Readonly<Record<string, number>> = {
  v008: 88,
  v010: 70,
};

describe.each([
  ['second', RED_TEAM_T_CORPUS, SECOND_RED_TEAM_TRICKS_NOT_YET_MET],
  ['third', RED_TEAM_V_CORPUS, THIRD_RED_TEAM_TRICKS_NOT_YET_MET],
] as const)('the %s red team, now training', (_team, answers, notYetMet) => {
  const scores = scoresById(answers);

  it('scores every trick that does not commit to a plan 30 or less, save those not yet met', () => {
    for (const answer of answers.filter((a) => !isControl(a))) {
      const ceiling = (notYetMet as Readonly<Record<string, number>>)[answer.id] ?? TRICK_CEILING;
      expect(scores.get(answer.id), answer.id).toBeLessThanOrEqual(ceiling);
    }
  });

  it('scores every committed control 75 or more', () => {
    for (const answer of answers.filter(isControl)) {
      expect(scores.get(answer.id), answer.id).toBeGreaterThanOrEqual(CONTROL_TARGET);
    }
  });
});

/**
 * Tricks whose low score at their one evaluation came from a misconception read the wrong way
 * round, loosened by the fourteenth round (say why in the commit): each says the right view — "the
 * canary couldn't tell you whether … is better …; that's an A/B question" (w008), "the canary only
 * tells me it's safe; whether warmer is better is an A/B test" (z008) — and the grader had read the
 * A/B test named in a second clause as the canary being one. The misconception had cost the whole
 * answer, so a trick scored low for the wrong reason; it is held to its score with the polarity
 * read right.
 */
const FOURTH_RED_TEAM_RAISED_BY_POLARITY = { w008: 54 };
const FIFTH_RED_TEAM_RAISED_BY_POLARITY = { z008: 89 };

/**
 * Tricks raised by the hundred-and-twenty-eighth round without a point: a thumbs-down limit each
 * states ("thumbs-down up by two points") now counts as a business limit, inside the thresholds
 * each already had (w010 86 → 87, z008 89 → 91). What makes them tricks — a plan written for
 * someone else — is read as before, and neither gains a point.
 */
const FOURTH_RED_TEAM_RAISED_BY_FEEDBACK_LIMITS = { w010: 87 };
const FIFTH_RED_TEAM_RAISED_BY_FEEDBACK_LIMITS = { z008: 91 };

describe('the fourth red team against its one evaluation', () => {
  it(
    'scores no trick higher and no control lower than at its one evaluation, and reports the misses',
    heldToItsOneEvaluation(RED_TEAM_W_CORPUS, FOURTH_RED_TEAM_FIRST_SCORES, {
      ...FOURTH_RED_TEAM_RAISED_BY_POLARITY,
      ...FOURTH_RED_TEAM_RAISED_BY_FEEDBACK_LIMITS,
    }),
  );
});

describe('the fifth red team, now training', () => {
  it(
    'scores no trick higher and no control lower than at its one evaluation, and reports the misses',
    heldToItsOneEvaluation(RED_TEAM_Z_CORPUS, FIFTH_RED_TEAM_FIRST_SCORES, {
      ...FIFTH_RED_TEAM_RAISED_BY_POLARITY,
      ...FIFTH_RED_TEAM_RAISED_BY_FEEDBACK_LIMITS,
    }),
  );
});
