import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { openScenarioById, renderApp } from '../testing/appHarness';

async function openPlan() {
  const view = await renderApp();
  act(() => {
    openScenarioById('storage-migration-under-load');
    useAppStore.getState().go('plan');
  });
  return view;
}

const cohortNames = () =>
  within(screen.getByRole('group', { name: 'Who goes first' }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'));

describe('PlanScreen', () => {
  it('shows a validation message next to the field that caused it', async () => {
    await openPlan();
    const user = userEvent.setup();
    const percent = screen.getByLabelText('Stage 1 percent');
    await user.clear(percent);
    await user.type(percent, '150');
    expect(percent).toHaveAttribute('aria-invalid', 'true');
    const messages = document.getElementById(percent.getAttribute('aria-describedby') ?? '');
    expect(messages).toHaveTextContent(/100/);
    expect(screen.getByText(/problems? to fix before you can commit/)).toBeInTheDocument();
  });

  it('refuses to commit an invalid plan and locks a valid one on commit', async () => {
    await openPlan();
    const user = userEvent.setup();
    const limit = screen.getByLabelText('Threshold 1 limit');
    await user.clear(limit);
    await user.type(limit, '-1');
    await user.click(screen.getByRole('button', { name: 'Commit the plan' }));
    expect(useAppStore.getState().committedPlan).toBeNull();

    await user.clear(limit);
    await user.type(limit, '0.5');
    await user.click(screen.getByRole('button', { name: 'Commit the plan' }));
    expect(useAppStore.getState().committedPlan?.thresholds[0]?.limit).toBe(0.5);
    expect(screen.getByLabelText('Threshold 1 limit')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Run the canary' })).toBeInTheDocument();
  });

  it('reads each threshold back as a plain sentence', async () => {
    await openPlan();
    expect(
      screen.getByText(
        'Roll back if the error rate rises more than 1 percentage point above control',
      ),
    ).toBeInTheDocument();
  });

  it('moves a focused segment with Alt+Arrow keys and announces the move', async () => {
    await openPlan();
    const user = userEvent.setup();
    const before = cohortNames();
    const second = screen.getByRole('listitem', { name: before[1] ?? '' });
    second.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    const after = cohortNames();
    expect(after[0]).toMatch(/^1\. /);
    expect(after[0]?.slice(3)).toBe(before[1]?.slice(3));
    expect(screen.getByText(/moved to position 1 of/)).toBeInTheDocument();
  });

  it('moves a segment down with its Move down button', async () => {
    await openPlan();
    const user = userEvent.setup();
    const before = cohortNames();
    const first = screen.getByRole('listitem', { name: before[0] ?? '' });
    await user.click(within(first).getByRole('button', { name: /^Move down/ }));
    expect(cohortNames()[1]?.slice(3)).toBe(before[0]?.slice(3));
  });

  it('gives the detection probability and the hold needed beside each stage of a valid plan', async () => {
    await openPlan();
    expect(
      screen.getAllByText(/^At 5 % for 1 h you would see .* with probability \d\.\d\d; /),
    ).toHaveLength(1);
  });

  it('counts an opened hint against the attempt', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show hint: Who goes first?' }));
    expect(useAppStore.getState().hintsShown).toEqual(['cohorts']);
  });

  it('moves a segment by dragging it onto another place in the order', async () => {
    await openPlan();
    const before = cohortNames();
    fireEvent.dragStart(screen.getByRole('listitem', { name: before[0] ?? '' }));
    const target = screen.getByRole('listitem', { name: before[2] ?? '' });
    fireEvent.dragOver(target);
    fireEvent.drop(target);
    expect(cohortNames()[2]?.slice(3)).toBe(before[0]?.slice(3));
  });

  it('keeps the cohort order fixed once the plan is committed', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Commit the plan' }));
    const before = cohortNames();
    const first = screen.getByRole('listitem', { name: before[0] ?? '' });
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(cohortNames()).toEqual(before);
  });
});
