import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeSettings } from './store/actions';
import { renderApp } from './testing/appHarness';

describe('App', () => {
  it('opens on the library under the product name, with a skip link to the main content', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Canary Coach' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  describe('theme', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('follows a dark operating system when the theme is "system", and an explicit choice over it', async () => {
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: query === '(prefers-color-scheme: dark)',
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }));
      await renderApp();
      expect(document.documentElement.dataset['theme']).toBe('dark');
      await act(() => changeSettings({ theme: 'light' }));
      expect(document.documentElement.dataset['theme']).toBe('light');
    });
  });
});
