import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

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
});
