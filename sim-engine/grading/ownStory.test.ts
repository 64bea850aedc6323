import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The seventeenth round (corpus/README.md): a story the speaker tells of their own past release
// stays theirs when it goes on in the past without them. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function covers(answer: string, point: string): boolean {
  return gradeAnswer(answer, service).covered.includes(point);
}

describe("the speaker's own past release", () => {
  it('keeps the story told on without the speaker', () => {
    const answer =
      'Last year I moved our billing service to a new queue, and I would run this one the same way. ' +
      'The ramp went 1 %, 5 %, 25 %, then everyone. Each stage sat clean for a full working day before the next one opened.';
    expect(covers(answer, 'holds')).toBe(true);
  });

  it("still reads another team's story as theirs (must not deny)", () => {
    const answer =
      'The checkout team did this last spring. The stages were held for a full day each. The lead signed every gate.';
    expect(covers(answer, 'holds')).toBe(false);
  });
});

// The twenty-sixth round: a plan under "This time:" after the speaker's own past is theirs.
describe('a plan that turns from last time to this time', () => {
  it('credits a plan under "This time:" with no "I" or "we" in it', () => {
    const answer =
      'Last time we ran it badly. This time: staff first, then beta customers, then everyone else, each stage held a full day before the next.';
    expect(covers(answer, 'holds')).toBe(true);
  });

  it('still reads another team\'s "this time" as theirs (must not deny)', () => {
    const answer =
      'The checkout team did this last spring. This time they held each stage for a full day before the next.';
    expect(covers(answer, 'holds')).toBe(false);
  });
});
