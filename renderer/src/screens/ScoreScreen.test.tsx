import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SEGMENT_KINDS } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

async function openScore() {
  await renderApp();
  const attempt = await act(() => runOpeningDraft());
  act(() => useAppStore.getState().go('score'));
  return attempt;
}

describe('ScoreScreen', () => {
  it('shows the total, its band and one card per scored dimension', async () => {
    const attempt = await openScore();
    expect(screen.getByText(String(attempt.score.total))).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(attempt.score.dimensions.length);
  });

  it('gives each card its evidence and the strong counterpart', async () => {
    const attempt = await openScore();
    const first = attempt.score.dimensions[0];
    if (!first) throw new Error('no dimension');
    const card = screen.getByRole('article', { name: first.title });
    expect(within(card).getByText('The strong answer')).toBeInTheDocument();
    expect(within(card).getByText(first.strongCounterpart)).toBeInTheDocument();
    expect(
      within(card).getByText(first.evidence[0]?.text ?? '', { exact: false }),
    ).toBeInTheDocument();
  });

  it('opens the replay at the minute of a piece of evidence', async () => {
    const attempt = await openScore();
    const withMinute = attempt.score.dimensions
      .flatMap((d) => d.evidence)
      .find((e) => e.minute !== undefined);
    if (!withMinute) return;
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: /in the replay$/ })[0]!);
    expect(useAppStore.getState().screen).toBe('replay');
    expect(useAppStore.getState().replayMinute).toBe(withMinute.minute);
  });

  it('shows the engine’s warnings about the scored plan, in the learner’s words', async () => {
    const attempt = await openScore();
    const state = useAppStore.getState();
    const scenario = state.packs
      .flatMap((p) => p.scenarios)
      .find((s) => s.id === attempt.run.scenarioId);
    const missing = SEGMENT_KINDS.find((k) => !scenario?.segments.some((s) => s.kind === k));
    if (!missing) throw new Error('The scenario has every segment kind.');
    const cohorts = attempt.run.plan.cohorts === 'random' ? [] : attempt.run.plan.cohorts;
    const plan = { ...attempt.run.plan, cohorts: [...cohorts, missing] };
    act(() => state.runFinished({ ...attempt, run: { ...attempt.run, plan } }, []));
    const region = screen.getByRole('region', { name: 'Worth knowing about your plan' });
    expect(region).toHaveTextContent(/that step is skipped\.$/);
  });
});
