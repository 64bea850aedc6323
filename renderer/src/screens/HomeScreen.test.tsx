import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { renderApp } from '../testing/appHarness';

describe('HomeScreen', () => {
  it('lists the built-in scenarios and filters them by change kind', async () => {
    await renderApp();
    const user = userEvent.setup();
    const all = screen.getAllByRole('button', { name: /^Practise / }).length;
    await user.selectOptions(screen.getByLabelText('Change kind'), 'model');
    const models = screen.getAllByRole('button', { name: /^Practise / });
    expect(models.length).toBeLessThan(all);
    expect(screen.getAllByText('Model upgrade').length).toBeGreaterThan(0);
  });

  it('suggests what to practise next and opens its brief', async () => {
    await renderApp();
    const user = userEvent.setup();
    const next = screen.getByRole('region', { name: 'Practise next' });
    await user.click(within(next).getByRole('button'));
    expect(useAppStore.getState().screen).toBe('brief');
    expect(screen.getByRole('heading', { level: 1, name: /^Brief:/ })).toBeInTheDocument();
  });
});
