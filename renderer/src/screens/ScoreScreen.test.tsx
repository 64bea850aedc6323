import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
