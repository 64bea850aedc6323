import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-eighth round (corpus/README.md): a rollback held until the PM approves it, and a
// rollback kept as the PM's alone. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { misconceptions } = gradedFor(service);

describe('going back held until the speaker approves', () => {
  it.each([
    'If a limit trips, on-call messages me, and nothing is rolled back until I have checked the graphs and approved it.',
    'The flag is not flipped back until I say so, whatever the hour.',
    'Rollback stays my call alone.',
  ])('is the rollback misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('rollback');
  });

  it.each([
    // The advance waits for the speaker, not the rollback.
    'The on-call engineer rolls back at once without asking me; nothing is promoted until I approve it.',
    // Going back waits for someone who is not the PM.
    'We do not switch back until the on-call engineer confirms the breach.',
    // Other decisions kept as the speaker's.
    'The order and the limits are mine alone; the on-call engineer rolls back at once without asking me.',
  ])('is not the misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).not.toContain('rollback');
  });
});
