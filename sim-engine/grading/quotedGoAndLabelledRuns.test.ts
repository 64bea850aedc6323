import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { eachOwnStage } from './ownStages';
import { splitSentences } from './sentences';

// The seventieth round (corpus/README.md): an assent quoted after its verb ("both say "go on,
// then""), given at each of the answer's own stages or at "each" alone, labelled entries in a run
// that hold their own lengths or whose words name the stages, and a fortnight as a length. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const tokensOf = (text: string) => splitSentences(text).flatMap((sentence) => sentence.tokens);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';
const days = 'Day one: staff, 5 %. Day two: beta, 25 %. Day three: everyone, 100 %. ';

describe('an assent quoted after its verb', () => {
  it('reads two leads who both say "go on, then" before each stage as a sign-off', () => {
    const quoted = `${ramp}The support lead and the eng lead both say "go on, then" before each stage.`;
    expect(covered(quoted)).toContain('sign-off');
  });

  it('does not read a quoted "go slower" as an assent (must not deny)', () => {
    expect(covered(`${ramp}At each stage the support lead says "go slower".`)).not.toContain(
      'sign-off',
    );
  });
});

describe("an assent at each of the answer's own stages", () => {
  it('reads two leads who both have to say "go" at the end of each day, where the stages are days, as a sign-off', () => {
    const eachDay = `${days}At the end of each day the support lead and the eng lead both have to say "go".`;
    expect(covered(eachDay)).toContain('sign-off');
  });

  it('reads "End of each, the eng lead and I both say "go"" as a sign-off at every stage', () => {
    expect(covered(`${days}End of each, the eng lead and I both say "go".`)).toContain('sign-off');
  });

  it('does not read "each" before a noun as every one of the stages (must not deny)', () => {
    const tokens = tokensOf('Each team reviews its own numbers.');
    expect(eachOwnStage(tokens, new Set(['day']))).toBe(false);
  });
});

describe('labelled entries in a run', () => {
  it('reads entries that hold their own lengths, an aside between them, as held stages', () => {
    const stops =
      'First stop: staff, 5 %, held for two days. They know the product. ' +
      'The interchange: beta users, 25 %, another two days. The terminus: everyone.';
    expect(covered(stops)).toContain('holds');
  });

  it("reads a hold at each stop, where the run's labels are stops, as a hold", () => {
    const stops =
      'First stop: staff, 5 %. The interchange: beta, 25 %. The terminus: everyone. ' +
      'We sit at each stop for a full fortnight.';
    expect(covered(stops)).toContain('holds');
  });

  it("does not read a limit's window in labelled notes as a hold (must not deny)", () => {
    const limits =
      'Error rate: above 1 % held for five minutes. Latency: p99 over 400 ms held for ten ' +
      'minutes. Owner: me.';
    expect(covered(limits)).not.toContain('holds');
  });
});

describe('a fortnight', () => {
  it('reads "a full fortnight" as a length in weeks', () => {
    const fortnight = tokensOf('We sit for a full fortnight.').find((token) => token.unit === 'w');
    expect(fortnight).toBeDefined();
  });
});
