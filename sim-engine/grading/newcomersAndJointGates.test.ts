import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { earlyListGroups, newcomerGroups } from './joiningGroups';
import { othersViewAt } from './othersView';
import { readAnswer } from './sentences';

// The eighty-sixth round (corpus/README.md): groups told by when people joined ("families in
// their first winter", "the early-news list", "who signed up to try new things"); a sentence
// ending "opted in." keeps its particle; a joint act "between every …" stage of the answer's own,
// one that "no … moves until", one "before we … again", and one right after every stage's gate,
// are the sign-off; limits refused as "I don't write … down" or said unknowable before the start,
// a breach known "when I see it", a dashboard eyeballed to decide "what looks too bad", and
// "nobody puts the old … back but me" are misconceptions; "a recommended trip" is no one's
// recommendation; a hyphenated compound counts as one word beside a suggestion. Every sentence is
// our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, credit, misconceptions } = gradedFor(service);
const firstTokens = (text: string) => readAnswer(text).sentences[0]?.tokens ?? [];

describe('groups told by when people joined', () => {
  it('reads an early list and families in their first winter as an order of groups', () => {
    const order =
      'Our support team first, since they report problems. Then the families on the early-news list. Families in their first winter with us go last, because one bad answer loses them.';
    expect(covered(order)).toContain('cohort-order');
  });

  it('reads families who signed up to try new things and first-year families as groups', () => {
    const order =
      'Staff go first, since they report bugs. Then the families who signed up to try new things. First-year families go last.';
    expect(covered(order)).toContain('cohort-order');
  });

  it('names no list in a string of terms, "staff, early-taste list, Ninth Ward" (must not deny)', () => {
    expect(earlyListGroups(firstTokens('Staff, early-taste list, Ninth Ward.'))).toEqual([]);
  });

  it('names no group with "a new account" opened for a shop (must not deny)', () => {
    expect(newcomerGroups(firstTokens('Then a new account is opened for each shop.'))).toEqual([]);
  });
});

describe('a sentence ending "opted in."', () => {
  it('keeps "in" as the particle and ends on a full stop', () => {
    const words = firstTokens('Then the families who opted in.').map((token) => token.text);
    expect(words.slice(-2)).toEqual(['in', '.']);
  });

  it('keeps a closing "3 in." as a measure (must not deny)', () => {
    const words = firstTokens('The gap is 3 in.').map((token) => token.text);
    expect(words).toContain('in.');
  });
});

describe('a joint act that every stage waits on', () => {
  it('reads "between every heat, … both stamp the ticket" as the sign-off', () => {
    const stamped = 'Between every heat, the support lead and I both stamp the ticket.';
    expect(covered(stamped)).toContain('sign-off');
  });

  it('gives no sign-off to "between every heat, … both watch the graphs" (must not deny)', () => {
    const watched = 'Between every heat, the support lead and I both watch the graphs.';
    expect(credit(watched, 'sign-off')).toBe(0);
  });

  it('reads "no heat moves until … both stamp the ticket" as the sign-off', () => {
    const gate = 'No heat moves until the ops lead and I both stamp the ticket.';
    expect(covered(gate)).toContain('sign-off');
  });

  it('gives no sign-off to "we don\'t start until … both stamp" (must not deny)', () => {
    const once = "We don't start until the ops lead and I both stamp the ticket.";
    expect(credit(once, 'sign-off')).toBe(0);
  });

  it('reads "both stamp the ticket before we sail on again" as the sign-off', () => {
    const again = 'The ops lead and I both stamp the ticket before we sail on again.';
    expect(covered(again)).toContain('sign-off');
  });

  it('reads "Then … both stamp the ticket" after every stage\'s gate as the sign-off', () => {
    const after =
      'Between stages, nobody moves on until the hold is over. Then the ops lead and I both stamp the ticket.';
    expect(covered(after)).toContain('sign-off');
  });

  it('gives no sign-off to "Then … both stamp the ticket" alone (must not deny)', () => {
    expect(credit('Then the ops lead and I both stamp the ticket.', 'sign-off')).toBe(0);
  });
});

describe('limits left to the eye', () => {
  it('charges "I don\'t write the stop numbers down" as the thresholds misconception', () => {
    expect(misconceptions("I don't write the stop numbers down.")).toContain('thresholds');
  });

  it('does not charge "if you don\'t write the limits down first …" (must not deny)', () => {
    const reason =
      "If you don't write the limits down first, every spike looks like noise, so we write them down before launch.";
    expect(misconceptions(reason)).not.toContain('thresholds');
  });

  it('does not charge "limits we would never cross written down" (must not deny)', () => {
    const kept =
      'Limits we would never cross written down before any traffic: errors 0.5 % over the old version.';
    expect(misconceptions(kept)).not.toContain('thresholds');
  });

  it('charges "I\'ll know it when I see it; if it looks worse, we roll back"', () => {
    const onSight = "I'll know it when I see it; if it looks worse, we roll back.";
    expect(misconceptions(onSight)).toContain('thresholds');
  });

  it('does not charge "I\'ll know it when I see it" about copy (must not deny)', () => {
    expect(misconceptions("Good copy? I'll know it when I see it.")).not.toContain('thresholds');
  });

  it('charges "nobody can know the right rollback limits before the game starts"', () => {
    const unknowable = 'Nobody can know the right rollback limits before the game starts.';
    expect(misconceptions(unknowable)).toContain('thresholds');
  });

  it('does not charge "we know the right rollback limits before the game starts" (must not deny)', () => {
    const known = 'We know the right rollback limits before the game starts.';
    expect(misconceptions(known)).not.toContain('thresholds');
  });

  it('does not charge "nobody can know whether the limits will hold" (must not deny)', () => {
    const asked = 'Nobody can know whether the limits will hold before launch.';
    expect(misconceptions(asked)).not.toContain('thresholds');
  });

  it('charges an eyeballed dashboard deciding "what looks too bad"', () => {
    const eyeballed =
      "I'd rather eyeball the dashboard on the day and decide what looks too bad once I see it.";
    expect(misconceptions(eyeballed)).toContain('thresholds');
  });
});

describe('the rollback kept by the speaker', () => {
  it('charges "Nobody puts the old page back on but me" as the rollback misconception', () => {
    expect(misconceptions('Nobody puts the old page back on but me.')).toContain('rollback');
  });

  it('does not charge "Nobody rings me back about it; on-call acts on their own" (must not deny)', () => {
    const free = 'Nobody rings me back about it; on-call puts the old page back on their own.';
    expect(misconceptions(free)).not.toContain('rollback');
  });
});

describe('a recommended thing', () => {
  it('reads "Taps on a recommended trip …" as no one\'s view', () => {
    const limit = 'Taps on a recommended trip more than 3 % worse than now, and we roll back.';
    expect(othersViewAt(firstTokens(limit))).toBe(-1);
  });

  it('still reads "Our manager recommends a 50 % first step" as a view (must not deny)', () => {
    expect(othersViewAt(firstTokens('Our manager recommends a 50 % first step.'))).toBe(0);
  });
});

describe('a hyphenated compound beside a suggestion', () => {
  const model = gradedFor(fixtureScenario());

  it('reads "the add-to-cart rate from recommended baskets" as suggestions taken up', () => {
    const limits =
      'We roll back if the hallucination rate rises more than 1 point, or if the add-to-cart rate from recommended baskets falls more than 3 %.';
    expect(model.covered(limits)).toContain('model-metrics');
  });

  it('does not reach "recommended baskets" from an add-to-cart rate six words away (must not deny)', () => {
    const far =
      'We roll back if the hallucination rate rises more than 1 point, or if the add-to-cart rate on the settings page of the app from recommended baskets falls more than 3 %.';
    expect(model.covered(far)).not.toContain('model-metrics');
  });
});
