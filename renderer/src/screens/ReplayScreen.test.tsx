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

  it('opens the edited plan in the plan editors, pre-filled with the plan that ran', async () => {
    const attempt = await openReplay();
    const user = userEvent.setup();
    await user.click(screen.getByText(/^Edit your plan and replay it on the same seed/));
    const form = screen.getByRole('form', { name: 'Edited plan' });
    const first = attempt.run.plan.stages[0];
    expect(within(form).getByLabelText('Stage 1 percent')).toHaveValue(String(first?.percent));
    expect(within(form).getAllByRole('listitem', { name: /^\d+\. / })).toHaveLength(
      attempt.run.plan.cohorts === 'random' ? 0 : attempt.run.plan.cohorts.length,
    );
  });

  it('refuses an edited plan with a problem, and runs a valid one beside yours', async () => {
    const attempt = await openReplay();
    const user = userEvent.setup();
    await user.click(screen.getByText(/^Edit your plan and replay it on the same seed/));
    const form = screen.getByRole('form', { name: 'Edited plan' });
    const percent = within(form).getByLabelText('Stage 1 percent');
    await user.clear(percent);
    await user.type(percent, 'lots');
    await user.click(within(form).getByRole('button', { name: 'Run the edited plan' }));
    expect(within(form).getByText(/problems? to fix before it can run/)).toBeInTheDocument();
    expect(useAppStore.getState().edited).toBeNull();

    await user.clear(percent);
    await user.type(percent, '1');
    await user.click(within(form).getByRole('button', { name: 'Run the edited plan' }));
    expect(await screen.findByRole('rowheader', { name: 'Your edited plan' })).toBeInTheDocument();
    expect(useAppStore.getState().edited?.plan.stages[0]?.percent).toBe(1);
    // The plan that was scored is untouched.
    expect(useAppStore.getState().attempt?.run.plan).toEqual(attempt.run.plan);
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
    await user.click(screen.getByText(/^Edit your plan and replay it on the same seed/));
    await user.click(screen.getByRole('button', { name: 'Run the edited plan' }));
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: /^Your plan and your edited plan, same seed/ }),
      ).toHaveFocus(),
    );
    for (const side of ['Your plan', 'Your edited plan']) {
      const region = screen.getByRole('region', { name: side });
      expect(within(region).getByText('Traffic on the new version')).toBeInTheDocument();
      expect(region.querySelector('.verdict-line')?.textContent).not.toBe('');
    }
  });
});
