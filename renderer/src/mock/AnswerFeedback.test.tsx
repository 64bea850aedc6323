import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../../sim-engine/grader';
import { builtInScenario } from './testScenarios';
import { createEngineClient } from '../engine/engineClient';
import { createBrowserPlatform } from '../platform/browserPlatform';
import { configureServices } from '../store/services';
import { AnswerFeedback } from './AnswerFeedback';

const scenario = builtInScenario('storage-migration-under-load');

function show(answer: string) {
  const platform = createBrowserPlatform(window.localStorage, () => '2026-01-01T00:00:00.000Z');
  configureServices({ platform, engine: createEngineClient({ gradeInThread: gradeAnswer }) });
  render(<AnswerFeedback answer={answer} scenario={scenario} />);
}

describe('AnswerFeedback', () => {
  it('marks each sentence with the point it earned', async () => {
    show(
      'Staff go first, then opted-in beta users, and enterprise customers last because they have ' +
        'the most to lose. The on-call engineer can roll back at any hour with a routing change.',
    );
    const sentences = await screen.findAllByRole('listitem');
    expect(sentences).toHaveLength(2);
    expect(
      within(sentences[0] as HTMLElement).getByText(/earned: Which users go first/),
    ).toBeVisible();
    expect(within(sentences[1] as HTMLElement).getByText(/earned: Who rolls back/)).toBeVisible();
  });

  it('marks a sentence that falls short of a point as counting towards it, not as earning it', async () => {
    show(
      [
        'Cohorts: staff, beta, free tier, institutions.',
        '1 % / 5 % / 25 % / 100 %.',
        'p95, p99, 200 ms, 0.5 %, 2 %.',
        'Thresholds, baseline, control, pre-committed.',
        'Holds 24 h, gates, metric-based, sign-off, PM, eng lead.',
        'Rollback: on-call, routing, config, under 5 minutes, any hour.',
        'Dashboards, alerts, timeouts, shards, weekend.',
        'Rare queries, long tail, filters, tail latency, index size, query volume, 48 h.',
        'Safety vs lift, A/B test, randomised, hosting savings, cost per query.',
        'We roll back if errors rise 0.5 % over control.',
      ].join('\n'),
    );
    const sentences = await screen.findAllByRole('listitem');
    const statement = sentences.at(-1) as HTMLElement;
    expect(
      within(statement).getByText(/counts towards: .*not enough for the point yet/),
    ).toBeVisible();
    expect(screen.queryByText(/earned:/)).toBeNull();
  });

  it('names the misconception a sentence raises', async () => {
    show(
      'The canary is really our A/B test: if the canary group converts better, that proves the ' +
        'new version is better.',
    );
    expect(await screen.findByText(/misconception: Canary says safe/)).toBeVisible();
    expect(screen.getByText(/costing the whole answer/)).toBeVisible();
  });

  it('gives each missed point what a strong answer says and an example', async () => {
    show('We roll back if errors rise more than 0.5 % above control, agreed before launch.');
    const missed = await screen.findByRole('heading', { name: 'What a strong answer adds' });
    expect(missed).toBeVisible();
    expect(screen.getByText('Explicit sign-off at each gate')).toBeVisible();
    expect(screen.getAllByText(/^For example:/).length).toBeGreaterThan(3);
  });

  it('says with every grade what it cannot judge: a plan the candidate owns', async () => {
    show('We roll back if errors rise more than 0.5 % above control, agreed before launch.');
    expect(await screen.findByText(/What this grade cannot judge/)).toBeVisible();
    expect(screen.getByText(/not that the plan is yours/)).toBeVisible();
  });
});
