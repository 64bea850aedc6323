import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { splitSentences } from './sentences';

// The sixty-sixth round (corpus/README.md): holds counted in sleeps, a refusal kept as a gate
// however far its "until" stands inside the clause, stages named by labels of the speaker's own,
// a stage held over a lunch and an evening, counts out of a thousand read as rates, and where the
// lines go decided by watching or before launch. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, misconceptions } = gradedFor(service);
const plan = 'Stages: 5 % of traffic, then 25 %, then 50 %, then everything. ';

describe('holds counted in sleeps', () => {
  it('reads "each held two sleeps" as a length at each stage', () => {
    expect(covered('Stages are 5 %, 25 % and 100 %, each held two sleeps.')).toContain('holds');
  });
});

describe('a refusal that is a gate', () => {
  it('keeps an answer owned when "we don\'t move to the next stage until …" is its only "we"', () => {
    const answer = `${plan}Each one holds for at least two days. We don't move to the next stage until Dev, the eng lead, gives the go-ahead.`;
    expect(covered(answer)).toContain('holds');
  });

  it('does not take an "until" past a comma for the refusal\'s gate (must not deny)', () => {
    const answer = `${plan}Each one holds for at least two days. We don't ship on Fridays, and the beta waits until Monday.`;
    expect(covered(answer)).not.toContain('holds');
  });
});

describe("stages named by the speaker's own labels", () => {
  it('reads three labelled entries each followed by its length as held stages', () => {
    const answer =
      'Soundcheck: staff. Two days. Support act: beta users. Two days. Headliner: everyone else. Three days.';
    expect(covered(answer)).toContain('holds');
  });

  it('does not read two labelled entries as a ramp (must not deny)', () => {
    const answer = 'Soundcheck: staff. Two days. Support act: beta users. Two days.';
    expect(covered(answer)).not.toContain('holds');
  });
});

describe('a stage held over the parts of a day', () => {
  it('reads "each held over a full lunch and an evening" as a hold', () => {
    const answer = 'Stages 2 %, 10 %, 25 %, 100 %, each held over a full lunch and an evening.';
    expect(covered(answer)).toContain('holds');
  });

  it('does not read sitting "for the first morning" as a hold (must not deny)', () => {
    const answer = 'Stages 2 %, 10 %, 25 %, 100 %; we sit at each for the first morning.';
    expect(covered(answer)).not.toContain('holds');
  });
});

describe('counts out of a thousand', () => {
  const percents = (text: string) =>
    splitSentences(text).flatMap((sentence) =>
      sentence.tokens.filter((token) => token.unit === 'percent').map((token) => token.text),
    );

  it('reads "more than 2 per 1,000" and "1 in every hundred" as rates', () => {
    expect(
      percents('Failed quotes more than 2 per 1,000 above baseline, or 1 in every hundred.'),
    ).toEqual(['0.2', '1']);
  });

  it('does not read "1 per 5 checks" as a rate (must not deny)', () => {
    expect(percents('We roll back if more than 1 per 5 checks fail.')).toEqual([]);
  });
});

describe('where the lines go', () => {
  it('is the thresholds misconception when decided after a first day of watching', () => {
    const answer =
      "We'd open it up, watch the dashboard for the first day, and then decide where the lines go from what we see.";
    expect(misconceptions(answer)).toContain('thresholds');
  });

  it('is no misconception when decided before launch', () => {
    const answer =
      'Before launch we decide where the lines are: errors up 0.5 points over the old service.';
    expect(misconceptions(answer)).not.toContain('thresholds');
  });

  it('is still the misconception when the writing down comes after the watching (must not deny)', () => {
    const answer =
      "We'd open it up, watch the dashboard for the first day, and then decide where the lines go, written down before the next stage.";
    expect(misconceptions(answer)).toContain('thresholds');
  });
});
