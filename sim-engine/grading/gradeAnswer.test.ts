import { describe, expect, it } from 'vitest';
import { fixtureScenario, SEVEN_SEGMENTS } from '../testing/fixtures';
import {
  DEFINITION,
  KEYWORDS,
  LIFT_FROM_CANARY,
  NO_NUMBERS,
  OWN_STRONG,
  RANDOM_SLICE,
  REDEPLOY_ROLLBACK,
  SEED_PARAPHRASE,
  SEED_STRONG,
  SEED_WEAK,
} from './answers.fixture';
import { gradeAnswer } from './gradeAnswer';
import { STRONG_ANSWER_POINTS } from './points';

const model = fixtureScenario();
const service = fixtureScenario({ changeKind: 'backend' });

function credit(answer: string, id: string, scenario = model): number {
  return gradeAnswer(answer, scenario).points.find((point) => point.id === id)?.credit ?? -1;
}

describe('gradeAnswer on the seed anchors', () => {
  it('scores the seed’s strong answer high and covers every point but at most one', () => {
    const grade = gradeAnswer(SEED_STRONG, model);
    expect(grade.score).toBeGreaterThanOrEqual(80);
    expect(grade.missed.length).toBeLessThanOrEqual(1);
  });

  it('scores a paraphrase of the seed’s strong answer high', () => {
    const grade = gradeAnswer(SEED_PARAPHRASE, model);
    expect(grade.score).toBeGreaterThanOrEqual(80);
    expect(grade.missed.length).toBeLessThanOrEqual(1);
  });

  it('scores the seed’s weak answer low', () => {
    expect(gradeAnswer(SEED_WEAK, model).score).toBeLessThanOrEqual(20);
  });
});

describe('gradeAnswer rewards substance in any words', () => {
  it.each(OWN_STRONG)('scores $name at 70 or more', ({ text }) => {
    expect(gradeAnswer(text, model).score).toBeGreaterThanOrEqual(70);
  });

  // The order enforced: definition < keyword list < no-numbers answer < strong answers.
  // A definition says nothing a PM decides; a keyword list at least shows which topics the
  // interviewer will probe, but proves no grasp of them; an answer without numbers reasons about
  // the right decisions yet gives nothing anyone could act on; a strong answer does both.
  it('ranks a definition below a keyword list, below an answer without numbers, below strong answers', () => {
    const definition = gradeAnswer(DEFINITION, model).score;
    const keywords = gradeAnswer(KEYWORDS, model).score;
    const noNumbers = gradeAnswer(NO_NUMBERS, model).score;
    const weakestStrong = Math.min(...OWN_STRONG.map(({ text }) => gradeAnswer(text, model).score));
    expect(definition).toBeLessThan(keywords);
    expect(keywords).toBeLessThan(noNumbers);
    expect(noNumbers).toBeLessThan(weakestStrong);
    expect(definition).toBeLessThanOrEqual(10);
    expect(keywords).toBeLessThanOrEqual(15);
    expect(noNumbers).toBeLessThanOrEqual(40);
  });

  it('gives a keyword list no covered point', () => {
    expect(gradeAnswer(KEYWORDS, model).covered).toEqual([]);
  });

  it('keeps numeric points partial when the answer names them without numbers', () => {
    expect(credit(NO_NUMBERS, 'thresholds')).toBe(0.5);
    expect(credit(NO_NUMBERS, 'holds')).toBe(0.5);
    expect(gradeAnswer(NO_NUMBERS, model).missed).toEqual(['thresholds', 'holds']);
  });

  it('treats a list of concepts around a single verb as a list', () => {
    const stuffed =
      'We use canary rollback thresholds p99 latency A/B test segments sign-off hallucination ' +
      'eval harness feature flag and error rate for everything in the release process overall.';
    expect(gradeAnswer(stuffed, model).score).toBeLessThanOrEqual(10);
  });
});

describe('gradeAnswer takes points away for misconceptions', () => {
  it('gives no canary-vs-ab credit when the canary is said to show the new version is better', () => {
    expect(credit(SEED_PARAPHRASE, 'canary-vs-ab')).toBe(1);
    expect(credit(LIFT_FROM_CANARY, 'canary-vs-ab')).toBe(0);
    const grade = gradeAnswer(LIFT_FROM_CANARY, model);
    expect(grade.missed).toContain('canary-vs-ab');
    expect(grade.points.find((point) => point.id === 'canary-vs-ab')?.evidence).toContain('better');
  });

  it('gives no cohort credit for a random slice', () => {
    expect(credit(RANDOM_SLICE, 'cohort-order')).toBe(0);
  });

  it('gives no rollback credit for rolling back by redeploying', () => {
    expect(credit(REDEPLOY_ROLLBACK, 'rollback')).toBe(0);
  });

  it('gives no model credit when error rate is said to be enough for a model', () => {
    const answer = `${SEED_PARAPHRASE} Honestly, for the model the error rate is enough.`;
    expect(credit(answer, 'model-metrics')).toBe(0);
  });

  it('takes high-value customers first as a cohort misconception', () => {
    const answer = SEED_PARAPHRASE.replace(
      'Our own staff go first',
      'Our enterprise customers go first, then our own staff,',
    );
    expect(credit(answer, 'cohort-order')).toBe(0);
  });
});

describe('gradeAnswer follows the scenario', () => {
  it('only asks for model metrics on model and prompt changes', () => {
    const ids = (scenario: typeof model) => gradeAnswer('', scenario).points.map((p) => p.id);
    expect(ids(model)).toContain('model-metrics');
    expect(ids(fixtureScenario({ changeKind: 'prompt' }))).toContain('model-metrics');
    expect(ids(service)).not.toContain('model-metrics');
  });

  it('does not cost a service answer anything for leaving out model metrics', () => {
    const withoutModel = SEED_PARAPHRASE.replace(/For a model swap.*$/, '');
    expect(gradeAnswer(withoutModel, service).score).toBeGreaterThan(
      gradeAnswer(withoutModel, model).score,
    );
    expect(gradeAnswer(withoutModel, service).missed).toEqual([]);
  });

  it('recognises the scenario’s own segment names as cohorts', () => {
    const segments = SEVEN_SEGMENTS.map((segment) =>
      segment.kind === 'internal' ? { ...segment, name: 'Guild moderators' } : segment,
    );
    const answer = SEED_PARAPHRASE.replace('Our own staff', 'Guild moderators');
    expect(credit(answer, 'cohort-order', fixtureScenario({ segments }))).toBe(1);
  });
});

describe('gradeAnswer’s result', () => {
  it('lists every applicable point once, covered or missed, with evidence and advice', () => {
    const grade = gradeAnswer(SEED_STRONG, model);
    expect([...grade.covered, ...grade.missed].sort()).toEqual(
      STRONG_ANSWER_POINTS.map((point) => point.id).sort(),
    );
    for (const point of grade.points) {
      expect(point.credit).toBeGreaterThanOrEqual(0);
      expect(point.credit).toBeLessThanOrEqual(1);
      expect(point.advice.length).toBeGreaterThan(0);
      if (point.covered) expect(SEED_STRONG).toContain((point.evidence ?? '∅').replace(/…$/, ''));
    }
    expect(Number.isInteger(grade.score)).toBe(true);
  });

  it('is deterministic', () => {
    const answers = [SEED_STRONG, SEED_WEAK, NO_NUMBERS, ...OWN_STRONG.map(({ text }) => text)];
    for (const answer of answers) {
      expect(gradeAnswer(answer, model)).toEqual(gradeAnswer(answer, model));
    }
  });

  it.each([
    ['an empty answer', ''],
    ['whitespace', ' \n\t\r\n '],
    ['emoji', '🐤🐤🐤 canary 🚀 1% → 5% 🔥'],
    ['control characters', '\u0000\u0001roll\u0007back\u001b[31m 0.5%\u007f\u0085'],
    ['lone surrogates', '\ud800\udc00\ud800 p 99 200ms'],
    ['a megabyte of text', `${SEED_STRONG} `.repeat(1_000_000 / SEED_STRONG.length)],
    ['a megabyte without spaces', 'x'.repeat(1_000_000)],
    ['only punctuation', '.,;:!?()→%/'.repeat(1000)],
  ])('never throws on %s and returns a score in 0–100', (_, answer) => {
    const grade = gradeAnswer(answer, model);
    expect(grade.score).toBeGreaterThanOrEqual(0);
    expect(grade.score).toBeLessThanOrEqual(100);
  });

  it('scores an empty answer zero with every point missed', () => {
    const grade = gradeAnswer('', service);
    expect(grade.score).toBe(0);
    expect(grade.covered).toEqual([]);
    expect(grade.points.every((point) => point.evidence === null)).toBe(true);
  });
});
