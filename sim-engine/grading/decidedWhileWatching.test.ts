import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The forty-seventh round (corpus/README.md): limits left to the dashboard, said in a speech to
// the team, and a topic announced with a colon. Every sentence is our own wording.
const service = fixtureScenario({ changeKind: 'backend' });

const { covered, misconceptions } = gradedFor(service);

describe('the limits decided while the dashboard is watched', () => {
  it.each([
    "We'll watch the checkout dashboard together while staff use it and decide then what counts as too low.",
    'I will monitor the graphs on launch day and decide what counts as too slow.',
  ])('is the thresholds misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).toContain('thresholds');
  });

  it.each([
    // Judged against a limit that already exists.
    "We'll watch p95 at each stage and decide whether the 200 ms limit held.",
    // The limit decided first, the watching after.
    'Before launch we decide what counts as too low: conversion 2 % under control. Then we watch the dashboard.',
    // A decision about advancing, not about the limits.
    'We watch the dashboard every morning and decide whether to advance.',
  ])('is not the misconception: "%s"', (answer) => {
    expect(misconceptions(answer)).not.toContain('thresholds');
  });
});

describe('a topic announced before a colon', () => {
  it('assigns no decision to the speaker', () => {
    const answer = "About limits: I'm not writing numbers down today.";
    expect(covered(answer)).not.toContain('pm-owns');
  });

  it('leaves a role line naming the speaker as it was', () => {
    const answer = 'Limits: I set them before launch, engineering owns the deploy.';
    expect(covered(answer)).toContain('pm-owns');
  });
});
