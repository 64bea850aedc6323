import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-seventh round (corpus/README.md): a lesson drawn from a story, a handover note, and
// the signals called enough. Every sentence is our own wording.
const model = fixtureScenario();

const { covered, misconceptions } = gradedFor(model);

const STORY = 'At my last job we shipped a new summariser on a Friday and it went badly wrong.';

describe('a lesson drawn from a story told in the past', () => {
  it('is what the speaker holds now: errors and latency called enough is the misconception', () => {
    const answer = `${STORY} The lesson I took is that for a model, errors and latency are the whole story.`;
    expect(misconceptions(answer)).toContain('model-metrics');
  });

  it('stays in the story when the lesson is told in the past too', () => {
    const answer = `${STORY} Our lesson at the time was that errors and latency were the whole story.`;
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });
});

describe('a handover that gives the listener the decisions after the team its share', () => {
  const AWAY = "I'm away from tomorrow, so here is where the release stands.";
  const HANDED =
    "You now own the product decisions I've been holding: the order of cohorts, the rollback limits and the holds.";
  const NOTE = "I've written the limits into the release doc.";

  it('credits the ownership split when the team is named first', () => {
    const answer = `${AWAY} The platform team owns the deploy and the traffic split. ${HANDED} ${NOTE}`;
    expect(covered(answer)).toContain('pm-owns');
  });

  it('does not credit the decisions handed over with no team named', () => {
    const answer = `${AWAY} ${HANDED} ${NOTE}`;
    expect(covered(answer)).not.toContain('pm-owns');
  });
});

describe('the signals called enough', () => {
  const LIMITS =
    'The limits are fixed before launch: error rate up more than 0.5 %, p99 latency up more than 300 ms';

  it('is the misconception when the pointer carries only errors and latency', () => {
    expect(misconceptions(`${LIMITS}. Those two are all we gate on.`)).toContain('model-metrics');
  });

  it.each([
    `${LIMITS}, and the hallucination rate on the eval set above 2 %. Those three numbers are all we need.`,
    'Error rate, latency and the hallucination rate on the eval set are all we need.',
  ])('is not the misconception when a quality signal is among them: "%s"', (answer) => {
    expect(misconceptions(answer)).not.toContain('model-metrics');
  });
});
