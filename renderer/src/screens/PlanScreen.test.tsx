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
    expect(screen.queryByLabelText('Threshold 1 limit')).toBeNull();
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
      screen.getAllByText(/^At 5 % for 1 h, the chance to catch .* is \d{1,3} %; /),
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

  it('shows the committed plan as a read-only summary and moves focus to it', async () => {
    await openPlan();
    const user = userEvent.setup();
    const order = cohortNames().map((n) => n?.slice(3));
    await user.click(screen.getByRole('button', { name: 'Commit the plan' }));
    const summary = screen.getByRole('region', { name: 'Your committed plan' });
    expect(screen.getByRole('heading', { name: 'Your committed plan' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Move down/ })).toBeNull();
    expect(within(summary).queryAllByRole('textbox')).toHaveLength(0);
    const listed = within(
      within(summary).getByRole('region', { name: 'Who goes first' }),
    ).getAllByRole('listitem');
    expect(listed.map((li) => li.textContent)).toEqual(order.map((n) => n?.split(',')[0]));
    expect(
      within(summary).getByText(
        'Roll back if the error rate rises more than 1 percentage point above control.',
      ),
    ).toBeInTheDocument();
  });

  it('adds a stage before the full rollout, never a second 100 %, and focuses it', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a stage' }));
    const percents = useAppStore.getState().draft?.stages.map((s) => s.percent);
    expect(percents).toEqual(['5', '50', '75', '100']);
    expect(screen.getByLabelText('Stage 3 percent')).toHaveFocus();
    expect(screen.getByLabelText('Stage 3 percent')).toHaveValue('75');
  });

  it('moves focus to the next stage after a removal, and to the previous one after the last', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove stage 1' }));
    // The old stage 2 (50 %) is now stage 1 and holds focus.
    expect(screen.getByLabelText('Stage 1 percent')).toHaveFocus();
    expect(screen.getByLabelText('Stage 1 percent')).toHaveValue('50');
    await user.click(screen.getByRole('button', { name: 'Remove stage 2' }));
    expect(screen.getByLabelText('Stage 1 percent')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove stage 1' }));
    expect(screen.getByRole('button', { name: 'Add a stage' })).toHaveFocus();
  });

  it('takes the keyboard from a ramp chip to that stage’s fields', async () => {
    await openPlan();
    const user = userEvent.setup();
    const ramp = screen.getByRole('list', { name: 'The ramp at a glance' });
    const chips = within(ramp).getAllByRole('button');
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Stage 1: 5 %, Hold 1 h. Edit stage 1',
      'Stage 2: 50 %, Hold 1 h. Edit stage 2',
      'Stage 3: 100 %, Full rollout. Edit stage 3',
    ]);
    chips[1]?.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Stage 2 percent')).toHaveFocus();
  });

  it('offers roll back or advance when a metric hold stays unclear, rolling back by default', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Stage 1 hold'), 'metric');
    const choice = screen.getByLabelText('Stage 1 if still unclear then');
    expect(choice).toHaveValue('rollback');
    await user.selectOptions(choice, 'advance');
    await user.click(screen.getByRole('button', { name: 'Commit the plan' }));
    expect(useAppStore.getState().committedPlan?.stages[0]?.hold).toMatchObject({
      type: 'metric',
      onInconclusive: 'advance',
    });
    expect(screen.getByText(/Stage 1, 5 %: .*; if still unclear, advance\./)).toBeInTheDocument();
  });

  it('moves focus onto an opened hint’s text instead of losing it', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show hint: Who goes first?' }));
    expect(screen.getByText('Who goes first?').closest('p')).toHaveFocus();
  });

  it('keeps the brief and each segment’s baseline beside the plan', async () => {
    await openPlan();
    const brief = screen.getByRole('region', { name: 'The brief' });
    expect(within(brief).getByRole('table')).toHaveTextContent(/Errors/);
    expect(within(brief).getAllByRole('row').length).toBeGreaterThan(2);
  });

  it('moves focus to the next threshold after a removal, and to Add when none is left', async () => {
    await openPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a threshold' }));
    expect(screen.getByLabelText('Threshold 2 metric')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove threshold 1' }));
    expect(screen.getByLabelText('Threshold 1 metric')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove threshold 1' }));
    expect(screen.getByRole('button', { name: 'Add a threshold' })).toHaveFocus();
  });
});
