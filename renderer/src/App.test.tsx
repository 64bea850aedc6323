import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
