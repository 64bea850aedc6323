import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { blocks } from './answerBlocks';
import { gradeAnswer } from './gradeAnswer';

// The seventy-fourth round (corpus/README.md): limits set out as a plain-text table under a bold
// heading, a go-ahead quoted as "go you on", the next stage named by the answer's own word or not
// at all, and a salad of terms strung on commas however the tagger reads its nouns. Every
// sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('limits set out as a plain-text table under a bold heading', () => {
  it('reads each row of a table spaced into columns as a limit of its own', () => {
    const table =
      'I own the order and the limits; engineering own the flag.\n' +
      '**Limits, agreed before the first order:**\n' +
      'Checkout errors        +0.4 % on the old flow\n' +
      'p95 page time          +300 ms\n' +
      'Orders completed       -1 % on the baseline\n' +
      '**Stages:** 2 %, 10 %, 50 %, 100 %.\n' +
      '**Back:** on-call flips the flag back, any hour.';
    expect(covered(table)).toContain('thresholds');
  });

  it('reads a bar table the same whether its cells are padded or not (must not deny)', () => {
    const rows = (gap: string) =>
      `Rollback\nwho${gap}| the on-call engineer, any hour, 3 a.m. included, no approval\n` +
      `how${gap}| flip the route back to the old service (a config flip)`;
    const read = (text: string) => blocks(text).map((block) => block.text.replace(/ +/g, ' '));
    expect(read(rows('      '))).toEqual(read(rows(' ')));
  });
});

describe('a go-ahead quoted as "go you on"', () => {
  it('reads "before each stage Priya and the ops lead both say "go you on"" as a sign-off', () => {
    const quoted = `${ramp}Before each stage Priya and the ops lead both say "go you on".`;
    expect(covered(quoted)).toContain('sign-off');
  });
});

describe('the next stage named by the answer’s own word, or not at all', () => {
  it('reads "both say "go on" before we ring the next bell" as a sign-off', () => {
    const bell = `${ramp}The ops lead and I both say "go on" before we ring the next bell.`;
    expect(covered(bell)).toContain('sign-off');
  });

  it('does not read "before lunch, and the next morning" as before the next stage (must not deny)', () => {
    const lunch = `${ramp}The ops lead and I both say "go on" before lunch, and the next morning we read.`;
    expect(covered(lunch)).not.toContain('sign-off');
  });
});

describe('a salad of terms strung on commas', () => {
  const salad =
    'Right so migration, proxy, managed cluster, warm caches cold caches, canary canary, ' +
    'floors, 1 % 5 % 25 % 50 % 100 %, p99 200 ms, errors 0.5 %, page loads baseline 2 %, ' +
    'staff beta opted-in big teams last, holds gates two full busy weeks orders, sign-off ' +
    'tech lead, yes supervisor shift log, rollback on-call any hour minutes routing switch ' +
    "no redeploy flip back, safe not better A/B randomised, PM owns engineering owns, that's it.";

  it('scores a comma-strung salad whose nouns read as verbs under 30', () => {
    expect(gradeAnswer(salad, service).score).toBeLessThan(30);
  });

  it('still reads a short terse note whose items have verbs (must not deny)', () => {
    const terse =
      'Staff first, beta next, rest last, errors over 0.5 % rolls back, on-call flips flag, ' +
      'any hour, minutes, PM owns limits, engineering owns routing.';
    expect(covered(terse)).toContain('rollback');
  });
});
