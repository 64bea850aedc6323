import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { readAnswer } from './sentences';
import { speakerCommits } from './speakerCommits';

// The fifty-sixth round (corpus/README.md): "put" as placing, a refusal that is a gate, "our
// colleagues" as a group, the limits called "those numbers", and a random slice judged by whom
// it puts in. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered, misconceptions } = gradedFor(service);

const commits = (sentence: string) =>
  speakerCommits(readAnswer(sentence).sentences[0]?.tokens ?? []);

describe('"put"', () => {
  it('places something, and tells nothing, when "it" does not follow', () => {
    const answer =
      'On-call may roll back without asking anyone: the switch puts orders back on the old service within two minutes.';
    expect(covered(answer)).toContain('rollback');
  });

  it('still tells in "as the book puts it"', () => {
    const answer =
      'As the SRE book puts it: staff first, then beta users, then everyone, each a day apart.';
    expect(covered(answer)).not.toContain('cohort-order');
  });
});

describe('a refusal with "until"', () => {
  it('is a gate the speaker keeps', () => {
    expect(commits('We do not move on until a stage has met its criteria.')).toBe(true);
  });

  it('is a refusal without it', () => {
    expect(commits('We do not move on.')).toBe(false);
  });
});

describe('"our colleagues"', () => {
  it('is a group the plan places, as "our employees" is', () => {
    const answer = 'First our colleagues get it. Then beta users. Last the enterprise customers.';
    expect(covered(answer)).toContain('cohort-order');
  });
});

describe('the limits called "those numbers"', () => {
  it('are a decision the speaker owns', () => {
    const answer = 'Those numbers are mine to set; the deploy belongs to engineering.';
    expect(covered(answer)).toContain('pm-owns');
  });
});

describe('a random slice', () => {
  it('judged by whom it puts in is no endorsement', () => {
    const answer = 'A random 10 % puts our biggest accounts in on day one.';
    expect(misconceptions(answer)).not.toContain('cohort-order');
  });

  it('chosen as the fairest is the cohort misconception', () => {
    const answer = 'We start with a random 5 % of users, since random is fairest.';
    expect(misconceptions(answer)).toContain('cohort-order');
  });
});
