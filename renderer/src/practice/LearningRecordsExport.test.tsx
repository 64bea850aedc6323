import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { renderApp, runOpeningDraft } from '../testing/appHarness';

describe('the learning-records export on History', () => {
  it('is a described button the keyboard reaches, and it exports through the platform', async () => {
    const { platform } = await renderApp();
    await act(() => runOpeningDraft());
    act(() => useAppStore.getState().go('history'));
    const exportRecords = vi.spyOn(platform, 'exportLearningRecords').mockResolvedValue(true);
    const button = screen.getByRole('button', { name: 'Export for a learning platform (xAPI)' });
    expect(button).toHaveAccessibleDescription(/xAPI statements in a JSON file/);
    const user = userEvent.setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(exportRecords).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/exported as xAPI statements/)).toBeInTheDocument();
  });

  it('says so when the export fails', async () => {
    const { platform } = await renderApp();
    act(() => useAppStore.getState().go('history'));
    vi.spyOn(platform, 'exportLearningRecords').mockRejectedValue(new Error('The disk is full.'));
    await userEvent.setup().click(screen.getByRole('button', { name: /learning platform/ }));
    expect(await screen.findByText(/could not be exported: The disk is full/)).toBeInTheDocument();
  });
});
