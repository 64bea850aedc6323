import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../store/appStore';
import { renderApp } from '../testing/appHarness';
import { stopForTests } from './mockSession';
import { formatLength } from './MockSetup';

afterEach(() => {
  stopForTests();
  resetAppStore();
});

describe('the start of a mock interview', () => {
  it('states the length, shows the brief, and starts the clock only when asked', async () => {
    await renderApp();
    act(() => useAppStore.getState().go('mock'));
    const user = userEvent.setup();
    expect(screen.getByText(/This interview lasts/)).toHaveTextContent(
      'This interview lasts 10 minutes.',
    );
    await user.click(screen.getByRole('button', { name: 'Read the brief' }));
    const heading = screen.getByRole('heading', { level: 2, name: /^The brief: / });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/The clock has not started\./)).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(useAppStore.getState().mock.phase).toBe('setup');

    await user.click(screen.getByRole('button', { name: 'Start the clock: 10 minutes' }));
    expect(useAppStore.getState().mock.phase).toBe('live');
    expect(useAppStore.getState().mock.limitSeconds).toBe(600);
  });

  it('goes back from the brief to the choice with focus on its heading', async () => {
    await renderApp();
    act(() => useAppStore.getState().go('mock'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Read the brief' }));
    await user.click(screen.getByRole('button', { name: 'Choose another scenario' }));
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(screen.getByRole('heading', { name: 'Start an interview' })).toHaveFocus();
    expect(useAppStore.getState().mock.phase).toBe('setup');
  });
});

describe('formatLength', () => {
  it('says an interview length the way people do', () => {
    expect(formatLength(600)).toBe('10 minutes');
    expect(formatLength(60)).toBe('1 minute');
    expect(formatLength(40)).toBe('40 seconds');
    expect(formatLength(90)).toBe('1 minute 30 seconds');
  });
});
