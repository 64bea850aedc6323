import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The twentieth round (corpus/README.md, twentieth protocol): list forms read as lists. Every
// sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });

describe('a checkbox opens a list item as a bullet does', () => {
  it.each([
    ['empty boxes', '[ ] Owner: me.\n[ ] Order: staff, then beta users, then everyone.'],
    ['ticked boxes', '[x] Owner: me.\n[X] Order: staff, then beta users, then everyone.'],
    ['boxes after a dash', '- [ ] Owner: me.\n- [x] Order: staff, then beta users, then everyone.'],
  ])('%s', (_form, answer) => {
    const texts = splitSentences(answer).map((sentence) => sentence.text);
    expect(texts).toEqual(['Owner: me.', 'Order: staff, then beta users, then everyone.']);
  });

  it('earns the order a checklist line gives', () => {
    const answer =
      'Release checklist\n\n[ ] Order: staff → beta users → free accounts → enterprise last, they pay the most.\n' +
      '[ ] Hold 24 h at each stage.';
    expect(gradeAnswer(answer, service).covered).toContain('cohort-order');
  });

  it('leaves brackets inside a line alone (must not split)', () => {
    const texts = splitSentences('Staff go first [ ] then beta users.').map((s) => s.text);
    expect(texts).toHaveLength(1);
  });
});
