import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../../sim-engine/grader';
import { createGradingClient } from './gradingClient';

// jsdom has no Worker, so these exercise the client's fallbacks; the worker itself is exercised
// by the mock-interview end-to-end test in Chromium.
const scenario = { changeKind: 'backend', segments: [] } as const;

describe('the grading client', () => {
  it('grades in the thread where there is no worker and a grader was handed to it', async () => {
    const client = createGradingClient(gradeAnswer);
    client.prepare();
    const grade = await client.grade('The on-call engineer can roll back at any hour.', scenario);
    expect(grade.sentences).toHaveLength(1);
    expect(grade.score).toBeGreaterThanOrEqual(0);
  });

  it('says why it cannot grade where there is neither a worker nor a grader (the page)', async () => {
    const client = createGradingClient();
    await expect(client.grade('Staff go first.', scenario)).rejects.toThrow(/module workers/);
  });

  it('turns a grader that fails into a message, not a crash', async () => {
    const client = createGradingClient(() => {
      throw new Error('the model is missing');
    });
    await expect(client.grade('Staff go first.', scenario)).rejects.toThrow('the model is missing');
  });
});
