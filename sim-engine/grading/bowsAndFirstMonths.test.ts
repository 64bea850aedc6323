import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { newcomerGroups } from './joiningGroups';
import { readAnswer } from './sentences';

// The eighty-ninth round (corpus/README.md): a joint act that each stage's advance waits on
// ("each act … moves on only if … both take a bow"), one no stage starts "till", and one "before
// anything moves" are the sign-off; "anyone in their first three months" is a group of new
// customers. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { credit } = gradedFor(service);
const firstTokens = (text: string) => readAnswer(text).sentences[0]?.tokens ?? [];

describe('a joint act each stage waits on', () => {
  it('reads "each act … moves on only if … both take a bow" as the sign-off', () => {
    const each =
      'Each act holds for 5,000 orders and moves on only if every line is clean and the stage manager and I both take a bow.';
    expect(credit(each, 'sign-off')).toBe(1);
  });

  it('gives no sign-off to "our act moves on only if … both take a bow" (must not deny)', () => {
    const once =
      'Our act moves on only if every line is clean and the stage manager and I both take a bow.';
    expect(credit(once, 'sign-off')).toBe(0);
  });

  it('reads "no act starts till … both take a bow" as the sign-off', () => {
    expect(credit('No act starts till the stage manager and I both take a bow.', 'sign-off')).toBe(
      1,
    );
  });

  it('reads "both take a bow before anything moves" as the sign-off', () => {
    const moves = 'The stage manager and I both take a bow before anything moves.';
    expect(credit(moves, 'sign-off')).toBe(1);
  });

  it('gives no sign-off to "both take a bow before anything else" (must not deny)', () => {
    const first = 'The stage manager and I both take a bow before anything else.';
    expect(credit(first, 'sign-off')).toBe(0);
  });
});

describe('people in their first months', () => {
  it('reads "anyone in their first three months" as new customers', () => {
    const found = newcomerGroups(firstTokens('Anyone in their first three months goes last.'));
    expect(found).toHaveLength(1);
  });

  it('names no group with "the new people" hired for the team (must not deny)', () => {
    expect(newcomerGroups(firstTokens('The new people would start on small tickets.'))).toEqual([]);
  });

  it('names no group with "anyone in their first aid course" (must not deny)', () => {
    expect(newcomerGroups(firstTokens('Anyone in their first aid course goes last.'))).toEqual([]);
  });
});
