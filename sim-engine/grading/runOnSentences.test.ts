import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';
import { readsAsSpoken } from './runOnSentences';
import { isTermRun } from './termRuns';

// The twenty-first round (corpus/README.md): thoughts run together with dashes, and answers
// spoken into a phone, are read as the sentences a listener hears. Every sentence is our own.
const sentencesOf = (answer: string) => readAnswer(answer).sentences.map((s) => s.text);
const model = fixtureScenario();

describe('thoughts joined by dashes', () => {
  it('reads each thought after a dash and a capital as a sentence of its own', () => {
    expect(
      sentencesOf(
        'Staff use it first — We hold each stage for a day — I sign off each step with the tech lead',
      ),
    ).toEqual([
      'Staff use it first',
      'We hold each stage for a day',
      'I sign off each step with the tech lead',
    ]);
  });

  it('keeps an aside between two dashes inside its sentence, whatever word follows it', () => {
    expect(
      sentencesOf(
        'We start with staff and — this is the step I watch most — German users as their own stage.',
      ),
    ).toHaveLength(1);
    expect(
      sentencesOf('We start with staff — the people who built it — and then beta.'),
    ).toHaveLength(1);
  });

  it('keeps a dash followed by a turn-down in one sentence, so the refusal covers the list', () => {
    const grade = gradeAnswer(
      'Some teams pick who goes first — staff, beta, enterprise last — I do not think the order matters for a storage move.',
      fixtureScenario({ changeKind: 'backend' }),
    );
    expect(grade.covered).not.toContain('cohort-order');
  });

  it('reads notes strung on three or more dashes as statements where a clause follows a dash, even in lower case', () => {
    expect(
      sentencesOf(
        'stop lines are fixed before launch — errors up half a point over control — the payments lead and I sign off each step — on-call can switch it back at any hour',
      ),
    ).toEqual([
      'stop lines are fixed before launch — errors up half a point over control',
      'the payments lead and I sign off each step',
      'on-call can switch it back at any hour',
    ]);
  });

  it('keeps the next step of an order, and a step with its reason, in the note they continue', () => {
    expect(
      sentencesOf(
        'order — staff first — then the insiders — then new buyers, because they have no saved address — wholesale last, at that basket size we cannot afford a bad day',
      ),
    ).toHaveLength(1);
  });

  it('reads a line opening on a short heading and two dashes as a note whose dashes divide its parts', () => {
    const note =
      'who owns what — platform team: the proxy and the routing — me: the order, the stop lines and the go/no-go';
    expect(sentencesOf(note)).toEqual([
      'who owns what — platform team: the proxy and the routing',
      'me: the order, the stop lines and the go/no-go',
    ]);
    expect(gradeAnswer(note, fixtureScenario({ changeKind: 'backend' })).covered).toContain(
      'pm-owns',
    );
  });

  it('keeps a heading with the one part its dash introduces', () => {
    expect(
      sentencesOf('Rollback — the on-call engineer can trigger it at any hour in five minutes.'),
    ).toHaveLength(1);
  });

  it('does not carry a negation across a dash into the next thought', () => {
    const grade = gradeAnswer(
      'We watch the hallucination rate because errors alone will not show a worse answer — ' +
        'The limits are fixed before launch: hallucinations up 1 pp, errors up 0.5 % over control',
      model,
    );
    expect(grade.covered).toContain('thresholds');
    expect(grade.misconceptions).toEqual([]);
  });

  it('reads a run of terms separated by dashes as a run, not as statements', () => {
    const first = readAnswer(
      'pm — eng lead — sign-off — on-call — rollback switch — canary — A/B — p99 — error budget — staff',
    ).sentences[0];
    expect(first !== undefined && isTermRun(first.tokens)).toBe(true);
  });
});

const SPOKEN =
  'okay so my part is the decisions the platform team runs the deploy and the traffic split ' +
  'we start with our own staff then the beta group who opted in and big accounts go last ' +
  'if errors go over half a percent we roll back straight away ' +
  'we hold each stage for a day and I sign off every step with the tech lead';

describe('an answer spoken without punctuation', () => {
  it('is recognised by having almost no marks for its length', () => {
    expect(readsAsSpoken(SPOKEN)).toBe(true);
    expect(
      readsAsSpoken(
        'My part is the decisions, and the platform team runs the deploy. We start with staff, ' +
          'then the beta group, and big accounts go last. If errors go over half a percent, we ' +
          'roll back. We hold each stage for a day, and I sign off every step with the tech lead.',
      ),
    ).toBe(false);
  });

  it('is cut where a new subject opens a clause after a finished phrase', () => {
    expect(sentencesOf(SPOKEN)).toEqual([
      'okay so my part is the decisions',
      'the platform team runs the deploy and the traffic split',
      'we start with our own staff then the beta group who opted in and big accounts go last',
      'if errors go over half a percent we roll back straight away',
      'we hold each stage for a day',
      'and I sign off every step with the tech lead',
    ]);
  });

  it('keeps a condition with its main clause, also when the condition has a subject of its own', () => {
    const spoken =
      'so the plan is simple and I have written it down already for the whole team to read ' +
      'before the first user sees the new model on monday morning ' +
      'if we see errors over one percent we roll back within five minutes and nobody needs to ask';
    expect(sentencesOf(spoken)).toContain(
      'if we see errors over one percent we roll back within five minutes and nobody needs to ask',
    );
  });

  it('is cut before a bare noun whose verb agrees with it, but not inside a noun phrase', () => {
    const spoken =
      'the calls about order and limits and pace are mine engineering owns the switch and the ' +
      'graphs each stage runs for six hours limits go into the release doc before launch and ' +
      'when we move up nobody needs to ask me first because on call can roll back alone';
    const texts = sentencesOf(spoken);
    expect(texts).toContain('engineering owns the switch and the graphs');
    expect(texts).toContain('each stage runs for six hours');
    expect(texts.some((text) => text.startsWith('limits go into the release doc'))).toBe(true);
    // Must not cut: "when we move up" keeps its subject.
    expect(texts.some((text) => text.endsWith('when'))).toBe(false);
  });

  it('keeps the object of a phrasal verb whose particle comes first (twenty-fourth round)', () => {
    const spoken =
      'okay so before anything moves we write down the rollback triggers errors over half a ' +
      'percent or p99 two hundred milliseconds worse and then we roll back the platform team ' +
      'handles the switch and I sign off every step with the tech lead';
    const texts = sentencesOf(spoken);
    expect(texts.some((text) => text.includes('write down the rollback triggers'))).toBe(true);
    // Must not join: after "roll back" the platform team opens a sentence of its own.
    expect(texts.some((text) => text.startsWith('the platform team handles'))).toBe(true);
  });

  it('leaves written prose alone, where a subject after a noun opens a relative clause', () => {
    expect(
      sentencesOf(
        'The thresholds we agreed with the tech lead are 0.5 % for errors and 200 ms for p99.',
      ),
    ).toHaveLength(1);
  });
});
