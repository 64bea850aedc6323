import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { splitSentences } from './sentences';

// The sixty-eighth round (corpus/README.md): lengths said with what they are spent on ("a full
// hiring week") or counted in mornings, stages named by the answer's own word after a dash or
// "is" and held all at once ("each round holds five working days"), a dropped "h", and a lift
// doubted "from that" without withdrawing the plan. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const tokensOf = (text: string) => splitSentences(text).flatMap((sentence) => sentence.tokens);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('lengths said with what they are spent on', () => {
  it('reads "each held a full hiring week" as a hold at each stage', () => {
    expect(covered(`${ramp}Each one is held a full hiring week.`)).toContain('holds');
  });

  it('reads "three full mornings" as a length', () => {
    expect(covered(`${ramp}Each stage holds three full mornings.`)).toContain('holds');
  });

  it('keeps "a weekend day" a weekend (must not deny)', () => {
    const words = tokensOf('Each stage holds three days, including a weekend day.').map(
      (token) => token.text,
    );
    expect(words).toContain('weekend');
  });

  it('does not read "three minutes day or night" as three days (must not deny)', () => {
    const three = tokensOf('The switch back takes three minutes day or night.').find(
      (token) => token.value === 3,
    );
    expect(three?.unit).toBe('min');
  });
});

describe("stages named by the answer's own word, held all at once", () => {
  const rounds =
    'Round one - our own support agents. Round two - the opted-in beta. Round three is everyone else. ';

  it('reads "each round holds five working days" as held stages', () => {
    expect(covered(`${rounds}Each round holds five working days.`)).toContain('holds');
  });

  it('places the groups its entries name in an order', () => {
    expect(covered(`${rounds}Each round holds five working days.`)).toContain('cohort-order');
  });
});

describe('a dropped "h"', () => {
  it('reads "\'olds" as "holds"', () => {
    const words = tokensOf("Each stage 'olds for three days.").map((token) => token.text);
    expect(words).toContain('holds');
  });
});

describe('a lift doubted for where it comes from', () => {
  const plan =
    'I own the order, the limits and the holds; engineering owns the routing. Staff first, then the opted-in beta, then everyone, largest clients last. We roll back if errors rise 0.5 points over the old service, written down before launch. Stages 5 %, 25 %, 100 %, two days each. The eng lead and I both sign off each step. The on-call engineer can roll back at any hour, a two-minute config switch. The canary might look like it lifts orders. ';

  it('keeps the plan when the speaker would not believe a lift "from that"', () => {
    expect(covered(`${plan}I wouldn't believe it from that.`)).toContain('holds');
  });

  it('still withdraws the plan with a bare "I wouldn\'t believe it." (must not deny)', () => {
    expect(covered(`${plan}I wouldn't believe it.`)).not.toContain('holds');
  });
});
