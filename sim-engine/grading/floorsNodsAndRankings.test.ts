import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { stageShares } from './quantities';
import { splitSentences } from './sentences';

// The seventy-first round (corpus/README.md): a floor on a hold said with "never", a share added
// to a group, stages listed under a one-word heading, a ramp that ends on everybody, a handshake
// and a "Nod:" note as assent, a contracted "my bit's", a flag turned off, a ranking model's
// signals, and a past fact given as the reason for a present consequence. Every sentence is our
// own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const { covered } = gradedFor(service);
const forModel = gradedFor(model);
const tokensOf = (text: string) => splitSentences(text).flatMap((sentence) => sentence.tokens);
const sharesOf = (text: string) => stageShares(tokensOf(text)).map((share) => share.value);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('a floor on a hold said with "never"', () => {
  it('reads "never under two days" as the length each stage holds', () => {
    expect(covered(`${ramp}Each stage holds, never under two days.`)).toContain('holds');
  });

  it('does not read "we never hold any stage for two days" as a hold (must not deny)', () => {
    expect(covered(`${ramp}We never hold any stage for two days.`)).not.toContain('holds');
  });
});

describe('a share added to a group', () => {
  it('reads "the opt-ins plus 10 %" as a stage\'s share', () => {
    expect(sharesOf('Middle stage: the opt-ins plus 10 % of traffic.')).toEqual([10]);
  });

  it('does not read "the baseline plus 2 %" as a stage (must not deny)', () => {
    expect(sharesOf('Errors may reach the baseline plus 2 %.')).toEqual([]);
  });

  it('reads the opt-ins as a group that goes first', () => {
    expect(covered('Opt-ins go first, because they asked for it, then everyone else.')).toContain(
      'cohort-order',
    );
  });
});

describe('stages listed under a one-word heading', () => {
  it('reads "Locks: bottom lock …, middle lock …, top lock …" as stages held for a length', () => {
    const locks =
      'Locks: bottom lock staff, middle lock 5 %, top lock 25 %. Each lock holds for two days.';
    expect(covered(locks)).toContain('holds');
  });

  it('does not read a heading over limits as naming stages (must not deny)', () => {
    const limits =
      'Limits: error limit 2 %, latency limit 300 ms, conversion limit 1 %. ' +
      'Each limit holds for ten minutes.';
    expect(covered(limits)).not.toContain('holds');
  });
});

describe('a ramp that ends on everybody', () => {
  it('reads "5 %, then 25 %, then everybody" as a ladder of three stages', () => {
    expect(
      covered('Gates: 5 %, then 25 %, then everybody. Each gate holds for two days.'),
    ).toContain('holds');
  });

  it('does not read everybody in a clause of its own as the last stage (must not deny)', () => {
    expect(
      covered('Gates: 5 %, then 25 %, we all watch. Each gate holds for two days.'),
    ).not.toContain('holds');
  });
});

describe('assent as a handshake or a nod', () => {
  it('reads "the support lead and I shake on it" before each stage as a sign-off', () => {
    const shake = `${ramp}Before each stage the support lead and I shake on it.`;
    expect(covered(shake)).toContain('sign-off');
  });

  it("does not read a connection's handshake as a sign-off (must not deny)", () => {
    const tls = `${ramp}Before each stage the support lead and I check the TLS handshake.`;
    expect(covered(tls)).not.toContain('sign-off');
  });

  it('does not read a handshake that opens a note, with nobody shaking, as a sign-off (must not deny)', () => {
    expect(covered(`${ramp}Shaking on it, support lead, each stage.`)).not.toContain('sign-off');
  });

  it('reads a handshake by two people named between commas as a sign-off', () => {
    const named = `${ramp}After each stage the eng manager, Tom, and our head of support, Jas, shake on it.`;
    expect(covered(named)).toContain('sign-off');
  });

  it('reads a "Nod:" note naming who after each stage as a sign-off', () => {
    const nods =
      'Stages: staff, 5 %, 25 %. Nod: the support lead and me. Each stage holds two days.';
    expect(covered(nods)).toContain('sign-off');
  });
});

describe('a contracted share of the work', () => {
  it(`reads "my bit's the order, the limits and the holds" as the PM owning them`, () => {
    expect(covered("My bit's the order, the limits and the holds.")).toContain('pm-owns');
  });
});

describe('a flag turned off', () => {
  it('reads "Flag off, a couple of minutes" after the rollback is named as how it is done', () => {
    const flagOff =
      `${ramp}Rollback: whoever is on call puts the old page back on. ` +
      'Flag off, a couple of minutes, day or night, no asking.';
    expect(covered(flagOff)).toContain('rollback');
  });
});

describe("a ranking model's signals", () => {
  it('reads errors that will not show a worse ranking, agents overruling and cost per search as model metrics', () => {
    const ranking =
      'Errors and latency will not show a worse ranking from the new model, so we also watch ' +
      'how often agents overrule the model and the compute cost per search.';
    expect(forModel.covered(ranking)).toContain('model-metrics');
  });

  it('does not read "the canary does not show it is better" as errors falling short (must not deny)', () => {
    const watched = 'we watch the hallucination rate, thumbs-down and p95.';
    const canary = `The canary does not show the new model is better; ${watched}`;
    const plain = `The canary shows the new model is safe; ${watched}`;
    expect(forModel.credit(canary, 'model-metrics')).toBe(forModel.credit(plain, 'model-metrics'));
  });
});

describe('a past fact given as the reason for a present consequence', () => {
  const rounds = (reason: string) =>
    `Round one: our own staff. ${reason} Round two: opted-in users, split by region. ` +
    'Round three: a quarter of everyone. Each round holds for three working days.';

  it("reads the rounds after it as the speaker's own plan", () => {
    const present = rounds(
      'The prompt was only read by the English desk, so the German office gets it on day one.',
    );
    expect(forModel.covered(present)).toContain('holds');
  });

  it('still reads a past consequence as a story told (must not deny)', () => {
    const past = rounds(
      'The prompt was only read by the English desk, so the German office got it on day one.',
    );
    expect(forModel.covered(past)).not.toContain('holds');
  });
});
