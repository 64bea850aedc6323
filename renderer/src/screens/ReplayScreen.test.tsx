import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';
import { verdictLine } from '../score/verdict';

async function openReplay() {
  await renderApp();
  const attempt = await act(() => runOpeningDraft());
  act(() => useAppStore.getState().go('replay'));
  return attempt;
}

describe('ReplayScreen', () => {
  it('scrubs the timeline with the keyboard and reads the time under the cursor', async () => {
    await openReplay();
    const scrubber = screen.getByRole('slider', { name: 'Timeline' });
    scrubber.focus();
    fireEvent.change(scrubber, { target: { value: '60' } });
    expect(useAppStore.getState().replayMinute).toBe(60);
    expect(screen.getByText(/· minute 60 of/)).toBeInTheDocument();
    expect(scrubber).toHaveAttribute('aria-valuetext', expect.stringMatching(/minute 60$/));
  });

  it('reveals the regression onset and jumps to it', async () => {
    const attempt = await openReplay();
    const onset = attempt.run.outcome.onsetMinute;
    if (onset === null) throw new Error('this scenario has a regression');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Regression onset/ }));
    expect(useAppStore.getState().replayMinute).toBe(onset);
  });

  it('compares your plan with the strong and the weak plan on the same seed', async () => {
    await openReplay();
    expect(screen.getByRole('rowheader', { name: 'Your plan' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Strong plan' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Weak plan' })).toBeInTheDocument();
  });

  it('refuses an edited plan with its JSON path, and runs a valid one on the same seed', async () => {
    await openReplay();
    const user = userEvent.setup();
    await user.click(screen.getByText(/^Try an edited plan on the same seed/));
    const editor = screen.getByLabelText('Plan (canary-plan/1 JSON)');
    const plan = JSON.parse((editor as HTMLTextAreaElement).value) as {
      stages: { percent: number }[];
    };
    fireEvent.change(editor, { target: { value: JSON.stringify({ ...plan, stages: [] }) } });
    await user.click(screen.getByRole('button', { name: 'Run the edited plan' }));
    expect(screen.getByText(/^\$\.stages/)).toBeInTheDocument();

    fireEvent.change(editor, { target: { value: JSON.stringify(plan) } });
    await user.click(screen.getByRole('button', { name: 'Run the edited plan' }));
    expect(await screen.findByRole('rowheader', { name: 'Your edited plan' })).toBeInTheDocument();
  });

  it('opens with the verdict in one line and the fix worth the most points', async () => {
    const attempt = await openReplay();
    const verdict = screen.getByRole('region', { name: 'Verdict' });
    const { run } = attempt;
    const scenario = useAppStore
      .getState()
      .packs.flatMap((p) => p.scenarios)
      .find((s) => s.id === run.scenarioId);
    if (!scenario) throw new Error('scenario');
    expect(
      within(verdict).getByText(verdictLine(run.outcome, run.plan, scenario).text),
    ).toBeInTheDocument();
    expect(within(verdict).getByText(/^Most valuable fix/)).toBeInTheDocument();
  });

  it('draws the metric the regression moved even though the plan does not watch it', async () => {
    await openReplay();
    const figure = screen
      .getByRole('img', { name: /^p99 latency, change on the new version/ })
      .closest('figure');
    if (!figure) throw new Error('no figure');
    expect(within(figure).getByText('not watched by your plan')).toBeInTheDocument();
    expect(
      within(figure).getByText(/^Not watched by your plan: at its worst the new version ran \+/),
    ).toBeInTheDocument();
  });

  it('puts focus on the side-by-side result after an edited plan runs', async () => {
    await openReplay();
    const user = userEvent.setup();
    await user.click(screen.getByText(/^Try an edited plan on the same seed/));
    await user.click(screen.getByRole('button', { name: 'Run the edited plan' }));
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: /^Your plan and your edited plan, same seed/ }),
      ).toHaveFocus(),
    );
    const edited = screen.getByRole('region', { name: 'Your edited plan' });
    expect(within(edited).getByText('Traffic on the new version')).toBeInTheDocument();
  });
});
