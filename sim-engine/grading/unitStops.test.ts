import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';

// The thirty-sixth round: a unit's abbreviation that ends the answer keeps its full stop.
const service = fixtureScenario({ changeKind: 'backend' });

describe('a unit abbreviated with a full stop is still the unit', () => {
  it('reads "48 h." at the end of an answer as 48 hours', () => {
    const [sentence] = readAnswer('The 25 % step holds 48 h.').sentences;
    expect(
      sentence?.tokens.find((token) => token.kind === 'number' && token.value === 48)?.unit,
    ).toBe('h');
  });

  it('credits the hold of a runbook whose last line is "25 % holds 48 h."', () => {
    const grade = gradeAnswer(
      'I ramp 1 % > 5 % > 25 % > 50 % > 100 %, every step green before the next.\n25 % holds 48 h.',
      service,
    );
    expect(grade.covered).toContain('holds');
  });

  it('does not read a sentence ending on a letter and a full stop as a unit ("Plan B.")', () => {
    const [sentence] = readAnswer('We keep plan B.').sentences;
    expect(sentence?.tokens.some((token) => token.unit !== undefined)).toBe(false);
  });

  it('leaves a verbless note ending on an abbreviation as it was read before (must not credit)', () => {
    const [sentence] = readAnswer('Canary notes: staff, beta, p99 200 ms.').sentences;
    expect(sentence?.tokens.some((token) => token.unit === 'ms')).toBe(false);
  });
});
