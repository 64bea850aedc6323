import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-second round (corpus/README.md): a source word numbered as a part of the
// answer's own ("Article 1.") is a heading, not a source cited. Every sentence is our own.
const { covered } = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe('numbered parts of an answer', () => {
  it('reads the plan under "Article 2." as the speaker\'s own', () => {
    const articles = [
      'Article 1.',
      'Staff first, then beta customers, then everyone, new customers last because they leave fastest.',
      'Article 2.',
      'Stages: 1 %, 10 %, 100 %, each held for a full day before it moves.',
    ].join('\n');
    expect(covered(articles)).toContain('cohort-order');
    expect(covered(articles)).toContain('holds');
  });

  it('still reads a bare "The article." as a source that tells what follows (must not deny)', () => {
    const cited = [
      'Oh, the article.',
      'Staff first, then beta customers, then everyone, new customers last because they leave fastest.',
    ].join('\n');
    expect(covered(cited)).not.toContain('cohort-order');
  });
});
