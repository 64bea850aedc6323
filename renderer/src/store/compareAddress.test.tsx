import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reloadApp, renderApp, runOpeningDraft } from '../testing/appHarness';
import { formatAddress, parseAddress } from './address';
import { useAppStore } from './appStore';

/** Two saved attempts, History open. */
async function twoSavedAttempts() {
  await renderApp();
  await act(() => runOpeningDraft());
  await act(() => runOpeningDraft('checkout-first-order'));
  act(() => useAppStore.getState().go('history'));
  return useAppStore.getState().attempts.map((a) => a.id);
}

describe('a comparison’s address', () => {
  it('reads and writes the address of two attempts side by side', () => {
    expect(parseAddress('#/compare/a-1/b-2')).toEqual({
      kind: 'compare',
      first: 'a-1',
      second: 'b-2',
    });
    expect(formatAddress(parseAddress('#/compare/a-1/b-2'))).toBe('#/compare/a-1/b-2');
  });

  it('sends a comparison of one attempt with itself, or of one attempt, to the library', () => {
    for (const hash of ['#/compare/a-1/a-1', '#/compare/a-1', '#/compare/a/b/c']) {
      expect(parseAddress(hash)).toEqual({ kind: 'screen', screen: 'home' });
    }
  });

  it('is in the address bar once two attempts are ticked, and survives a reload', async () => {
    const [first, second] = await twoSavedAttempts();
    const user = userEvent.setup();
    for (const box of screen.getAllByRole('checkbox', { name: /^Compare / })) await user.click(box);
    expect(window.location.hash).toBe(`#/compare/${first}/${second}`);

    await reloadApp(`#/compare/${first}/${second}`);
    expect(useAppStore.getState().screen).toBe('history');
    expect(useAppStore.getState().comparing).toEqual([first, second]);
    expect(await screen.findByRole('heading', { name: 'Two attempts side by side' })).toHaveFocus();
    expect(window.location.hash).toBe(`#/compare/${first}/${second}`);
  });

  it('goes Back from a comparison to History with nothing ticked', async () => {
    const [first, second] = await twoSavedAttempts();
    act(() => useAppStore.getState().compare([first ?? '', second ?? '']));
    expect(window.location.hash).toBe(`#/compare/${first}/${second}`);
    act(() => window.history.back());
    await waitFor(() => expect(window.location.hash).toBe('#/history'));
    await waitFor(() => expect(useAppStore.getState().comparing).toEqual([]));
    expect(screen.queryByRole('heading', { name: 'Two attempts side by side' })).toBeNull();
  });

  it('opens History with a notice when the address names an attempt that is not saved', async () => {
    const [first] = await twoSavedAttempts();
    await reloadApp(`#/compare/${first}/not-saved`);
    expect(useAppStore.getState().screen).toBe('history');
    expect(useAppStore.getState().comparing).toEqual([]);
    expect(screen.getByText(/no longer in your history/)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/history');
  });
});
