import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The hundred-and-fourth round (corpus/README.md): numbered marks as stages, a ladder's last stage
// and a hold "at each", the Romanian "nu", and a verb sharing the speaker's subject. Every
// sentence is our own.
const { covered } = gradedFor(fixtureScenario({ changeKind: 'backend' }));

describe('stages a course names', () => {
  it('reads "Mark 1, the taster, 5 %" as a stage named by its number', () => {
    const course = [
      'Mark 1, the taster, 5 %, rounded to port.',
      'Mark 2, the tasting room, 25 %.',
      'Mark 3, the whole shop.',
      'At the taster and the tasting room we hold for two weekend nights.',
    ].join('\n');
    expect(covered(course)).toContain('holds');
  });

  it('holds a ladder ending on "the full light" when told "Hold 2,000 orders at each"', () => {
    const ladder = [
      'Legs: the first leg 5 %, the second leg 25 %, the full light.',
      'Hold 2,000 orders at each.',
    ].join('\n');
    expect(covered(ladder)).toContain('holds');
  });
});

describe('refusals and shared subjects', () => {
  it('hears "Nu." as refusing the practice the question named', () => {
    expect(
      covered('Pose 4: the lead engineer and I both sign before each step? Nu.'),
    ).not.toContain('sign-off');
  });

  it('hears "I am the PM and own the course: …" as the speaker\'s ownership', () => {
    const owned = [
      'I am the PM and own the course: which customers go first, the limits, how long we hold at each stage.',
      'Engineering owns the routing and the flags.',
    ].join('\n');
    expect(covered(owned)).toContain('pm-owns');
  });

  it('does not hear a team speaking as "we are … and own …" as the PM\'s ownership (must not deny)', () => {
    expect(
      covered('We are the platform team and own the order, the limits and the holds.'),
    ).not.toContain('pm-owns');
  });
});
