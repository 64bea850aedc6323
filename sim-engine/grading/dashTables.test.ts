import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The thirty-eighth round (corpus/README.md): decisions laid out as a table with dashes for bars,
// a label that names the move to the next stage, and the product role heading its decisions.
// Every sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string): string[] {
  return gradeAnswer(answer, service).covered;
}

const TABLE = [
  'Decision — Owner — Why',
  'Checkout service and its routing — Payments engineering — their code, their switch.',
  'Which shoppers go first — Me (PM) — staff, then beta shoppers, then small stores, big merchants last.',
  'Going up to the next stage — Me and the payments lead, both — no one moves it alone.',
].join('\n');

describe('a table with dashes for bars reads each row as a role note', () => {
  it('keeps the holder with the decision they hold', () => {
    const texts = splitSentences(TABLE).map((sentence) => sentence.text);
    expect(texts).toContain(
      'Which shoppers go first: Me (PM) — staff, then beta shoppers, then small stores, big merchants last.',
    );
  });

  it('earns the PM owning the order, and the sign-off of each move', () => {
    expect(covers(TABLE)).toEqual(expect.arrayContaining(['pm-owns', 'cohort-order', 'sign-off']));
  });

  it('leaves lines with dashes alone without a heading that names a holder (must not deny)', () => {
    const answer = 'Plan — Risk — Guard\nStaff — low — none needed.';
    const texts = splitSentences(answer).map((sentence) => sentence.text);
    expect(texts.some((text) => text.includes('Staff:'))).toBe(false);
  });

  it('ends the table at a blank line', () => {
    const answer = `${TABLE}\n\nRollback — any hour — the on-call engineer flips it.`;
    const texts = splitSentences(answer).map((sentence) => sentence.text);
    expect(texts.some((text) => text.startsWith('Rollback:'))).toBe(false);
  });
});

describe('a label naming the move to the next stage, answered by people, is their sign-off', () => {
  it.each([
    'Moving to the next stage: me and the platform lead, both of us, every time.',
    'Going up a step: the ML lead and I.',
    'Promotion: me and the database lead, together.',
  ])('earns sign-off in "%s"', (answer) => {
    expect(covers(answer)).toContain('sign-off');
  });

  it.each([
    // No one named: a time gate, not an approval.
    'Moving to the next stage: after 48 hours with every number inside its line.',
    // A move that is no stage's.
    'Plan for the database move: shift reads over in five steps, one working day at each step.',
  ])('does not earn sign-off in "%s" (must not deny)', (answer) => {
    expect(covers(answer)).not.toContain('sign-off');
  });
});

describe('the product role heads its decisions as the speaker does', () => {
  const owners =
    'Owners\nProduct (PM): exposure order, rollback thresholds, stage lengths, go/no-go at each gate.\n' +
    'Platform engineering: the flag, the traffic split, capacity.';

  it('earns the PM owning the release decisions', () => {
    expect(covers(owners)).toContain('pm-owns');
  });

  it('reads no ownership in a dialogue turn that lists no decisions (must not deny)', () => {
    expect(covers('PM: what is the p99 right now?\nSRE: about 300 ms.')).not.toContain('pm-owns');
  });
});
