import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { isTermString } from './lists';
import { readAnswer } from './sentences';

// The eighty-seventh round (corpus/README.md): a ramp laid out as notes ("5 %: …", "Hold: 300
// orders.", "100 %."), a last stage said as "Full house is everyone."; a joint act whose verb the
// tagger takes for a noun ("both shout house") and one "before advancing" are the sign-off; the
// former version "run back" by any verb is the rollback; "me, the PM, with the order, …" owns the
// decisions; a table whose every cell is a string of terms states nothing; "you can't know the
// right number before …" is the thresholds misconception. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);
const firstTokens = (text: string) => readAnswer(text).sentences[0]?.tokens ?? [];

describe('a ramp laid out as notes', () => {
  it('reads each stage\'s "Hold:" note and a closing "100 %." as held stages', () => {
    const board = [
      '2 % of orders: our own staff, who report problems.',
      'Hold: 300 orders.',
      '25 %: customers who opted in.',
      'They asked for it.',
      'Hold: two days.',
      '100 %.',
    ].join('\n');
    expect(covered(board)).toContain('holds');
  });

  it('reads "Full house is everyone." as the last stage after two held shares', () => {
    const lines =
      'The first line is 2 % of orders, held until 500 orders have gone through. Two lines is 25 %, held a full week. Full house is everyone.';
    expect(covered(lines)).toContain('holds');
  });

  it('gives no hold to a "Hold:" note that sizes nothing (must not deny)', () => {
    const unsized = [
      '2 % of orders: our own staff.',
      'Hold: the line.',
      '25 %: customers who opted in.',
      'Hold: steady.',
      '100 %.',
    ].join('\n');
    expect(covered(unsized)).not.toContain('holds');
  });
});

describe('a joint act every stage waits on', () => {
  it('reads "the skipper and I both shout house" before each line as the sign-off', () => {
    const shout = 'Before each new line the skipper and I both shout house.';
    expect(covered(shout)).toContain('sign-off');
  });

  it('reads "both call the play before advancing" as the sign-off', () => {
    const advancing = 'The head chef and I both call the play before advancing.';
    expect(covered(advancing)).toContain('sign-off');
  });
});

describe('the former version run back', () => {
  it('reads "runs the old version back onto the field" as the rollback in full', () => {
    const run =
      'Whoever is on call runs the old version back onto the field at any hour, no need to call me: a config switch, done in minutes.';
    expect(credit(run, 'rollback')).toBe(1);
  });

  it('does not read "keeps the old version back" as the rollback itself (must not deny)', () => {
    const kept =
      'Whoever is on call keeps the old version back at any hour, no need to call me: a config switch, done in minutes.';
    expect(credit(kept, 'rollback')).toBeLessThan(1);
  });

  it('does not cover it under "— Not running: … running the old version back" (must not deny)', () => {
    const refused =
      'Our plan — Not running: whoever is on call running the old version back onto the field at any hour in minutes';
    expect(covered(refused)).not.toContain('rollback');
  });
});

describe('"me, the PM, with …"', () => {
  it('reads "me, the PM, with the order, the limits and the holds" as the decisions owned', () => {
    const key =
      'Who is on the field: me, the PM, with the order, the limits and the holds. Engineering, with the routing, the flag and the deploy.';
    expect(covered(key)).toContain('pm-owns');
  });
});

describe('a table of terms', () => {
  it('credits no point to a table whose every cell is a string of terms', () => {
    const salad = [
      'TIME | DESTINATION | GATE | REMARKS',
      '09:00 | staff opt-in valley winters | stamp pass | p95 latency tokens cost per query',
      '| first kilometre waffle cabin | threshold | rollback on call config switch minutes',
      '| finish line 100 % | sign-off | canary safe A/B better randomised',
    ].join('\n');
    expect(covered(salad)).toEqual([]);
  });

  it('keeps a row whose remark is a sentence a statement (must not deny)', () => {
    const row = '08:00 | Staff | 1 | Boarding: our own staff go first, since they report problems.';
    expect(isTermString(firstTokens(row))).toBe(false);
  });
});

describe('the right number unknowable', () => {
  it('charges "you can\'t know the right number before you see the traffic"', () => {
    const unknowable = "You can't know the right number before you see the traffic.";
    expect(misconceptions(unknowable)).toContain('thresholds');
  });

  it('does not charge "nobody can know the right number of stages before launch" (must not deny)', () => {
    const stages = 'Nobody can know the right number of stages before launch.';
    expect(misconceptions(stages)).not.toContain('thresholds');
  });
});

describe('credit stays where it was', () => {
  it('still gives the sign-off no credit for "both watch the board" before each line', () => {
    expect(credit('Before each new line the skipper and I both watch the board.', 'sign-off')).toBe(
      0,
    );
  });
});
