import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The eighty-eighth round (corpus/README.md): an answer that names what its question asked
// ("Better? The canary says safe, nothing more; better takes an A/B test") is not handed the
// question's word again; a bracketed "[crossed out: …]" is withdrawn; a ramp ending "the last
// arcade all of it" or "then the last arcade", and a stage that "sits a full Memorial Day week",
// are held stages; "I'd rather not pin numbers down ahead of time" is the thresholds
// misconception. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, misconceptions } = gradedFor(service);

describe('an answer that names what was asked', () => {
  it('does not charge "Better? The canary says safe, nothing more; better takes an A/B test"', () => {
    const answer =
      'Better? The canary says safe, nothing more; better takes a randomised A/B test afterwards.';
    expect(misconceptions(answer)).not.toContain('canary-vs-ab');
    expect(covered(answer)).toContain('canary-vs-ab');
  });

  it('does not charge "Better? A canary says safe." when the next sentence names "better"', () => {
    const answer = 'Better? A canary says safe. Better takes a randomised A/B test afterwards.';
    expect(misconceptions(answer)).not.toContain('canary-vs-ab');
  });
});

describe('a bracketed part crossed out', () => {
  it('withdraws "[crossed out: a random 5 % of everybody]" and reads what is written in again', () => {
    const corrected =
      'Who goes first? [crossed out: a random 5 % of everybody] [written in again: our own staff first, since they report problems, then the opted-in beta, new customers last.]';
    expect(misconceptions(corrected)).not.toContain('cohort-order');
    expect(covered(corrected)).toContain('cohort-order');
  });

  it('still charges "Who goes first? [note: a random 5 % of everybody]" (must not deny)', () => {
    const noted = 'Who goes first? [note: a random 5 % of everybody]';
    expect(misconceptions(noted)).toContain('cohort-order');
  });
});

describe("the ramp's last stage and its holds", () => {
  it('reads "…, the pier 25 %, the last arcade all of it." as a ramp of three stages', () => {
    const ramp =
      'The first block is 5 %, the pier 25 %, the last arcade all of it. Each block holds for two days.';
    expect(covered(ramp)).toContain('holds');
  });

  it('reads "…, then the last arcade." as the ramp\'s last stage', () => {
    const ramp =
      'The first block at 5 % until 2,000 orders, the pier at 25 % for two days, then the last arcade.';
    expect(covered(ramp)).toContain('holds');
  });

  it('reads "at the pier we sit a full Memorial Day week" as a stage\'s length', () => {
    const ramp =
      'The first block is 5 %, the pier 25 %, the last arcade all of it. At the pier we sit a full Memorial Day week.';
    expect(covered(ramp)).toContain('holds');
  });
});

describe('numbers not pinned down', () => {
  it('charges "I\'d rather not pin numbers down ahead of time" as the thresholds misconception', () => {
    expect(misconceptions("I'd rather not pin numbers down ahead of time.")).toContain(
      'thresholds',
    );
  });

  it('does not charge "if we do not pin the numbers down first, …" (must not deny)', () => {
    const reason = 'If we do not pin the numbers down first, every blip looks like noise.';
    expect(misconceptions(reason)).not.toContain('thresholds');
  });
});
