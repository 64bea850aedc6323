import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';

// The twentieth round (corpus/README.md, twentieth protocol): a plan told to a generic "you" with
// this change's numbers is the speaker's runbook; a role handed to the listener, advice relayed
// from elsewhere and a template with blanks stay uncredited. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

function heldCredited(answer: string): boolean {
  return gradeAnswer(answer, service).covered.includes('holds');
}

describe('a runbook told to a generic "you" is the speaker’s plan', () => {
  it.each([
    [
      'a role split, then the plan to "you"',
      'Billing engineers own the routing; you own the order and the limits. ' +
        'You send staff first, then 5 % of customers, then everyone. ' +
        'You hold each stage for 24 hours, and you roll back if errors climb 0.5 points over control.',
    ],
    [
      'clauses opened by "before …," and "and you …"',
      'Before any customer moves, you write the limits down: errors 0.5 points over control, p99 200 ms over it. ' +
        'You go 2 %, 10 %, 50 %, 100 %, and you hold each stage a full day before the next.',
    ],
  ])('%s', (_form, answer) => {
    expect(heldCredited(answer)).toBe(true);
  });
});

describe('must not credit "you" given a role, relayed advice or a condition', () => {
  it.each([
    [
      'advice the books give',
      'The books say you should send staff first, then 5 % of customers. ' +
        'They say you hold each stage for 24 hours before the next.',
    ],
    [
      'what people tell you',
      'People tell you to hold each stage for 24 hours. People tell you to start at 1 % of traffic.',
    ],
    [
      'a role handed to the listener, without this change’s numbers',
      'In this seat you will own the rollout and decide the pace. ' +
        'Staff go first, then 5 % of customers. Each stage is held for 24 hours.',
    ],
    [
      'one line to "you" with numbers: a remark, not a runbook',
      'You will own the rollout. You pick the stages, 1 % and 5 % to start. ' +
        'Each stage is held for 24 hours.',
    ],
  ])('%s', (_form, answer) => {
    expect(heldCredited(answer)).toBe(false);
  });
});
