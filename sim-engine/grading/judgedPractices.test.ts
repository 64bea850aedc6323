import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-fourth round (corpus/README.md): a practice judged as mere opinion is turned down, not
// proposed. Our own words.
const service = fixtureScenario({ changeKind: 'backend' });

const { misconceptions } = gradedFor(service);

describe('a practice judged as an opinion', () => {
  it('is not the thresholds misconception', () => {
    const answer =
      'Limits are written down before any traffic moves: errors +0.5 %, p99 +200 ms. ' +
      'A number picked while watching a chart is an opinion.';
    expect(misconceptions(answer)).toEqual([]);
  });

  it('still reads limits picked while watching as the misconception (must not deny)', () => {
    const answer =
      'We pick the limits while watching the first hour, once we see where things settle.';
    expect(misconceptions(answer)).toContain('thresholds');
  });
});

describe('"in my opinion" gives an opinion, it judges nothing', () => {
  it('still reads limits picked while watching as the misconception (must not deny)', () => {
    const answer = 'In my opinion we pick the limits while watching the first hour of traffic.';
    expect(misconceptions(answer)).toContain('thresholds');
  });
});
