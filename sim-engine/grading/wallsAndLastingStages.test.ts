import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-second round (corpus/README.md): a noun naming one of a ladder's items is the answer's
// word for a stage when "each" of it is held, and a stage "lasting" a count of samples is held.
// Every sentence is our own.
const { credit, covered } = gradedFor(fixtureScenario());

describe("each of a ladder's own items, held", () => {
  it('reads "warm-up wall 2 %, crux 25 %, …" then "we camp at each wall until 4,000 sessions" as held stages', () => {
    const walls =
      'The path: warm-up wall 2 %, crux 25 %, top-out 100 %. We camp at each wall until 4,000 sessions have had suggestions.';
    expect(covered(walls)).toContain('holds');
  });

  it('gives no holds to "each wall" when no item of the ladder is a wall (must not deny)', () => {
    const route =
      'The route up the wall: 2 %, 25 %, 100 %. We camp at each wall until 4,000 sessions have had suggestions.';
    expect(credit(route, 'holds')).toBe(0);
  });
});

describe('a stage lasting a count of samples', () => {
  it('reads "each stage lasting 2,000 sessions" as each stage held', () => {
    expect(covered('Path: 5 %, 25 %, 100 %, each stage lasting 2,000 sessions.')).toContain(
      'holds',
    );
  });

  it('gives no holds to "each stage lasting 12 sessions" (must not deny)', () => {
    expect(credit('Path: 5 %, 25 %, 100 %, each stage lasting 12 sessions.', 'holds')).toBe(0);
  });
});
