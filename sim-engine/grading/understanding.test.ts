import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { SEED_PARAPHRASE, SEED_STRONG } from './answers.fixture';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';

const model = fixtureScenario();
const service = fixtureScenario({ changeKind: 'backend' });

function point(answer: string, id: string, scenario = service) {
  const found = gradeAnswer(answer, scenario).points.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no point ${id}`);
  return found;
}

function quantities(text: string): string[] {
  return readAnswer(text).sentences.flatMap((sentence) =>
    sentence.tokens.filter((t) => t.unit !== undefined).map((t) => `${t.value}${t.unit}`),
  );
}

describe('the grader reads quantities in any spelling and order', () => {
  it('reads units typed, spaced, hyphenated or spelled out', () => {
    expect(
      quantities(
        '0.5% and 200ms, 200 ms, a 12-hour hold, six hours, half a percent, two hundred milliseconds, ' +
          'a day, 0.3 percentage points, 1.5 per cent',
      ),
    ).toEqual([
      '0.5percent',
      '200ms',
      '200ms',
      '12h',
      '6h',
      '0.5percent',
      '200ms',
      '1d',
      '0.3pp',
      '1.5percent',
    ]);
  });

  it('credits thresholds given quantities first', () => {
    const limits = point(
      'We set thresholds of 0.5 % and 200 ms for errors and latency before launch, against control.',
      'thresholds',
    );
    expect(limits.covered).toBe(true);
    expect(limits.advice).not.toMatch(/error-rate limit|tail-latency limit/);
  });

  it('credits holds and sign-off said in other words', () => {
    const answer =
      'Holding on metric-based gates at 1 %, 5 %, 25 % and 100 %, twelve hours each, with a named ' +
      'sign-off at each step from me and the engineering lead.';
    expect(point(answer, 'holds').covered).toBe(true);
    expect(point(answer, 'sign-off').covered).toBe(true);
  });
});

describe('the grader follows negation', () => {
  it('gives a negated claim no credit', () => {
    const negated =
      'We would not pre-commit thresholds of 0.5 % on errors or 200 ms on p99 before launch.';
    expect(point(negated, 'thresholds').credit).toBe(0);
  });

  it('keeps a rejected bad practice from counting as a misconception', () => {
    const answer =
      'If we’d need a redeploy to get back, the setup isn’t ready: the on-call engineer rolls back ' +
      'with a routing change at any hour, in under five minutes.';
    expect(gradeAnswer(answer, service).misconceptions).toEqual([]);
    expect(point(answer, 'rollback').covered).toBe(true);
  });

  it('keeps the cohort point when the answer argues against random exposure', () => {
    const answer =
      'I would argue against random exposure: a random 1 % tells us nothing about who can absorb ' +
      'a failure, so staff go first, then opted-in beta users, and enterprise accounts last.';
    expect(point(answer, 'cohort-order').covered).toBe(true);
  });

  it('does not read “rather” as a negation', () => {
    const answer = `${SEED_PARAPHRASE} Honestly, I’d rather eyeball the dashboard than fix the thresholds.`;
    const grade = gradeAnswer(answer, model);
    expect(grade.misconceptions.map((m) => m.point)).toEqual(['thresholds']);
  });
});

describe('a misconception costs the whole answer', () => {
  it('lowers the score of an otherwise strong answer below every strong answer, quoting the sentence', () => {
    const misled =
      'The canary is really our A/B test: if the canary group converts better, that proves the new ' +
      `version is better. ${SEED_STRONG}`;
    const grade = gradeAnswer(misled, model);
    expect(grade.score).toBeLessThanOrEqual(50);
    expect(grade.score).toBeLessThan(gradeAnswer(SEED_STRONG, model).score);
    expect(grade.misconceptions[0]?.sentence).toContain('really our A/B test');
    expect(grade.sentences[0]?.misconception).toBe('canary-vs-ab');
  });
});

describe('the grader sees salad and padding at any length', () => {
  const salad =
    'Canary cohort ramp hold gate threshold rollback sign-off p99 0.5 % 200 ms 1 % 5 % 25 % A/B ' +
    'randomised safe better on-call routing. ';

  it('scores keyword salad near zero', () => {
    expect(gradeAnswer(salad, model).score).toBeLessThanOrEqual(10);
  });

  it('scores the same salad repeated to 19,900 characters near zero', () => {
    const long = salad.repeat(Math.floor(19_900 / salad.length));
    expect(long.length).toBeGreaterThan(19_000);
    expect(gradeAnswer(long, model).score).toBeLessThanOrEqual(10);
  });

  it('counts a strong answer pasted twice no higher than once', () => {
    const once = gradeAnswer(SEED_STRONG, model).score;
    expect(gradeAnswer(`${SEED_STRONG}\n\n${SEED_STRONG}`, model).score).toBeLessThanOrEqual(once);
  });
});

describe('the grader’s feedback', () => {
  it('marks each sentence with the points it earned', () => {
    const grade = gradeAnswer(SEED_PARAPHRASE, model);
    const rollbackSentence = grade.sentences.find((s) => s.text.startsWith('A rollback just'));
    expect(rollbackSentence?.points).toContain('rollback');
    const rollback = grade.points.find((p) => p.id === 'rollback');
    expect(rollback?.sentences).toContain(rollbackSentence?.index);
  });

  it('gives each missed point what a strong answer says and an example', () => {
    const grade = gradeAnswer('We roll back if errors rise 0.5 % above control.', service);
    for (const missed of grade.points.filter((p) => !p.covered)) {
      expect(missed.strongSays.length).toBeGreaterThan(20);
      expect(missed.example.length).toBeGreaterThan(20);
    }
  });

  it('says when an answer is not in English instead of a silent zero', () => {
    const german =
      'Wir würden zuerst die eigenen Mitarbeiter einbeziehen, dann die Beta-Nutzer. Die ' +
      'Schwellenwerte legen wir vorher fest: Fehlerrate plus 0,5 %, p99-Latenz plus 200 ms.';
    expect(gradeAnswer(german, service).notices.join(' ')).toMatch(/not read as English/);
    expect(gradeAnswer(SEED_STRONG, service).notices).toEqual([]);
  });
});
